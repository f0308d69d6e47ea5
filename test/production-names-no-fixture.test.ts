import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 12: production code must not depend on a test fixture (the eval runner takes its file as an
// argument; the npm script passes the fixture).

const root = join(import.meta.dirname, "..");

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const namesFixture = (path: string) => readFileSync(path, "utf8").includes("test/fixtures");

describe("production code and test fixtures", () => {
  it("nothing under src/ or commands/ names test/fixtures", () => {
    const offenders = ["src", "commands"]
      .flatMap((folder) => files(join(root, folder)))
      .filter(namesFixture)
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });

  it("the check sees a file that does (guards against a test that cannot fail)", () => {
    // The bench reads the eval set directly (bench/ is not production code).
    expect(files(join(root, "bench")).some(namesFixture)).toBe(true);
    expect(readFileSync(join(root, "package.json"), "utf8")).toContain(
      "--messages test/fixtures/eval-messages.json",
    );
  });
});
