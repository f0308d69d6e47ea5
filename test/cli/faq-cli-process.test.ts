import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const folder = mkdtempSync(join(tmpdir(), "gigdesk-faq-cli-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The real `npm run faq` entry point, as an operator runs it, on a throwaway database file. */
function faq(args: string[], database: string) {
  // node --import tsx is what `npm run faq` runs, without npm's and npx's start-up time.
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/faq.ts", ...args], {
    cwd: new URL("../..", import.meta.url).pathname,
    env: { ...process.env, DATABASE_PATH: join(folder, database) },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run faq (the real process)", () => {
  it("imports the starter pack, exports it, and reproduces it in an empty database with --replace", () => {
    expect(faq(["import", "starter"], "a.sqlite")).toMatchObject({ code: 0 });
    const exportPath = join(folder, "export.json");
    expect(faq(["export", exportPath], "a.sqlite").code).toBe(0);
    const imported = faq(["import", exportPath, "--replace"], "b.sqlite");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/added, 0 changed, 0 unchanged, 0 archived/);
    const again = faq(["export"], "b.sqlite");
    expect(again.stdout).toBe(readFileSync(exportPath, "utf8"));
  });

  it("exits 1 on an invalid file and 2 on a usage error", () => {
    const bad = join(folder, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: 1, entries: [{ slug: "x", question: 1 }] }));
    const invalid = faq(["import", bad], "c.sqlite");
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/entry 1 \(x\), answer/);
    expect(faq(["import"], "c.sqlite").code).toBe(2);
  });
});
