import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { progressLine } from "../../src/cli/faq/progress-bar.js";
import { EXIT_INVALID_FILE, EXIT_OK, EXIT_USAGE, runFaqCli } from "../../src/cli/faq/run-faq-cli.js";
import { openTestFaqStore } from "../storage/faq-test-database.js";

const now = new Date("2026-11-20T12:00:00.000Z");
const fixture = readFileSync(new URL("../fixtures/faq/small-pack.json", import.meta.url));

function cli(files: Record<string, Uint8Array | string> = {}, stderrIsTerminal = false) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io = {
    stdout: (text: string) => out.push(text),
    stderr: (text: string) => err.push(text),
    stderrIsTerminal,
    readFile: (path: string) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return typeof content === "string" ? new TextEncoder().encode(content) : content;
    },
    writeFile: (path: string, text: string) => {
      written[path] = text;
    },
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join(""), written };
}

describe("npm run faq (in-process)", () => {
  it("imports a file, reports the counts, and reports unchanged the second time", async () => {
    const { cliDeps } = openTestFaqStore("console");
    const first = cli({ "pack.json": fixture });
    expect(await runFaqCli(["import", "pack.json"], cliDeps, first.io, now)).toBe(EXIT_OK);
    expect(first.stdout()).toMatch(/^Imported: 3 added, 0 changed, 0 unchanged, 0 archived\./);
    const second = cli({ "pack.json": fixture });
    expect(await runFaqCli(["import", "pack.json"], cliDeps, second.io, now)).toBe(EXIT_OK);
    expect(second.stdout()).toMatch(/0 added, 0 changed, 3 unchanged, 0 archived/);
  });

  it("audits an import with who ran it (--actor, else the OS user) and the slugs it changed", async () => {
    const { cliDeps, auditRows } = openTestFaqStore("console");
    const named = cli({ "pack.json": fixture });
    expect(await runFaqCli(["import", "pack.json", "--actor", "ana"], cliDeps, named.io, now)).toBe(EXIT_OK);
    const edited = JSON.parse(fixture.toString()) as { entries: { slug: string; answer: string }[] };
    const first = edited.entries[0];
    if (!first) throw new Error("the fixture has no entries");
    first.answer = "A corrected answer.";
    const byOsUser = cli({ "pack.json": JSON.stringify(edited) });
    expect(await runFaqCli(["import", "pack.json"], cliDeps, { ...byOsUser.io, osUser: "deploy" }, now)).toBe(
      EXIT_OK,
    );
    const rows = auditRows().filter((row) => row.action === "faq.import");
    expect(rows.map((row) => row.actor)).toEqual(["cli:ana", "cli:deploy"]);
    expect(JSON.parse(rows[1]?.detail ?? "{}")).toMatchObject({ changed: 1, changedSlugs: [first.slug] });
    const refused = cli({ "pack.json": fixture });
    expect(await runFaqCli(["import", "pack.json", "--actor", "two words"], cliDeps, refused.io, now)).toBe(
      EXIT_USAGE,
    );
    expect(refused.stderr()).toContain("--actor takes a name");
  });

  it("writes nothing on --dry-run and says so", async () => {
    const { cliDeps, snapshot } = openTestFaqStore("console");
    const before = snapshot();
    const run = cli({ "pack.json": fixture });
    expect(await runFaqCli(["import", "pack.json", "--dry-run", "--replace"], cliDeps, run.io, now)).toBe(
      EXIT_OK,
    );
    expect(run.stdout()).toMatch(/^Dry run, nothing written\. Would have: 3 added/);
    expect(snapshot()).toEqual(before);
  });

  it("exports to a file that imports with --replace into an empty database as the same entries", async () => {
    const source = openTestFaqStore("console");
    await runFaqCli(["import", "pack.json"], source.cliDeps, cli({ "pack.json": fixture }).io, now);
    const exporting = cli();
    expect(await runFaqCli(["export", "faq.json"], source.cliDeps, exporting.io, now)).toBe(EXIT_OK);
    const file = exporting.written["faq.json"] ?? "";
    expect(JSON.parse(file)).toMatchObject({ version: 1 });

    const target = openTestFaqStore("console");
    const importing = cli({ "faq.json": file });
    expect(await runFaqCli(["import", "faq.json", "--replace"], target.cliDeps, importing.io, now)).toBe(
      EXIT_OK,
    );
    const again = cli();
    await runFaqCli(["export"], target.cliDeps, again.io, now);
    expect(again.stdout()).toBe(file);
  });

  it.each([
    [
      "wrong types",
      JSON.stringify({ version: 1, entries: [{ slug: "a", question: 5, answer: "x", tags: "y" }] }),
      /entry 1 \(a\), question: .*\n- entry 1 \(a\), tags:/,
    ],
    [
      "duplicate slugs",
      JSON.stringify({
        version: 1,
        entries: [
          { slug: "a", question: "q", answer: "x" },
          { slug: "a", question: "q", answer: "x" },
        ],
      }),
      /entry 2 \(a\), slug: duplicate slug/,
    ],
    [
      "a 5 MB answer",
      JSON.stringify({
        version: 1,
        entries: [{ slug: "big", question: "q", answer: "x".repeat(5 * 1024 * 1024) }],
      }),
      /entry 1 \(big\), answer: answer must be at most 4,000 characters/,
    ],
    [
      "invalid UTF-8",
      new Uint8Array([
        ...new TextEncoder().encode('{"version":1,"entries":[{"slug":"a","question":"'),
        0xc3,
        0x28,
        ...new TextEncoder().encode('","answer":"x"}]}'),
      ]),
      /not valid UTF-8/,
    ],
  ])(
    "rejects a file with %s whole: exit 1, every problem listed, nothing written",
    async (_name, content, message) => {
      const { cliDeps, snapshot } = openTestFaqStore("console");
      await runFaqCli(["import", "pack.json"], cliDeps, cli({ "pack.json": fixture }).io, now);
      const before = snapshot();
      const run = cli({ "bad.json": content });
      expect(await runFaqCli(["import", "bad.json", "--replace"], cliDeps, run.io, now)).toBe(
        EXIT_INVALID_FILE,
      );
      expect(run.stderr()).toMatch(/bad\.json was not imported; nothing changed\./);
      expect(run.stderr()).toMatch(message);
      expect(run.stderr().length).toBeLessThan(2000);
      expect(run.stdout()).toBe("");
      expect(snapshot()).toEqual(before);
    },
  );

  it("exits 1 for a file it cannot read", async () => {
    const { cliDeps } = openTestFaqStore("console");
    const run = cli();
    expect(await runFaqCli(["import", "missing.json"], cliDeps, run.io, now)).toBe(EXIT_INVALID_FILE);
    expect(run.stderr()).toMatch(/cannot read it: ENOENT/);
  });

  it.each([
    [[]],
    [["import"]],
    [["import", "a.json", "--force"]],
    [["export", "a", "b"]],
    [["frobnicate"]],
    [["import", "a", "b"]],
  ])("exits 2 with the usage for %j", async (argv) => {
    const { cliDeps } = openTestFaqStore("console");
    const run = cli();
    expect(await runFaqCli(argv, cliDeps, run.io, now)).toBe(EXIT_USAGE);
    expect(run.stderr()).toMatch(/Usage:/);
  });

  it("imports the starter pack by name", async () => {
    const { store, cliDeps } = openTestFaqStore("console");
    const run = cli();
    expect(await runFaqCli(["import", "starter"], cliDeps, run.io, now)).toBe(EXIT_OK);
    expect(await store.entries.countPublished()).toBeGreaterThanOrEqual(30);
  });

  it("draws a progress bar on a terminal for a large file, and not otherwise", async () => {
    const entries = Array.from({ length: 600 }, (_, index) => ({
      slug: `e-${index}`,
      question: `Q${index}?`,
      answer: "A.",
    }));
    const file = JSON.stringify({ version: 1, entries });
    const onTerminal = cli({ "big.json": file }, true);
    await runFaqCli(["import", "big.json"], openTestFaqStore("console").cliDeps, onTerminal.io, now);
    expect(onTerminal.stderr()).toContain(`\r${progressLine("importing", 600, 600)}\n`);
    const piped = cli({ "big.json": file }, false);
    await runFaqCli(["import", "big.json"], openTestFaqStore("console").cliDeps, piped.io, now);
    expect(piped.stderr()).toBe("");
  });
});

describe("progressLine", () => {
  it.each([
    [0, 10, "x [----------] 0/10"],
    [5, 10, "x [#####-----] 5/10"],
    [10, 10, "x [##########] 10/10"],
    [0, 0, "x [##########] 0/0"],
  ])("%i of %i", (done, total, expected) => {
    expect(progressLine("x", done, total, 10)).toBe(expected);
  });
});
