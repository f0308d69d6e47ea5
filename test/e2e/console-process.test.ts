import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { listCommandPaths } from "../../src/command-kit/resolve-command.js";
import { runBot } from "../support/run-bot-process.js";

describe("npm start with piped stdin (the real process)", () => {
  it("answers /help with one JSON line whose data lists every command", async () => {
    const result = await runBot("/help\n");
    expect(result.code).toBe(0);
    expect(result.lines).toHaveLength(1);
    const [line] = result.lines;
    expect(line).toMatchObject({ input: "/help", command: "help", kind: "message", visibility: "private" });
    const listed = ((line?.data ?? { commands: [] }) as { commands: { name: string }[] }).commands.map(
      (command) => command.name,
    );
    expect(listed).toEqual(listCommandPaths(commands).map(({ path }) => path));
  });

  it("answers unknown commands and misspelt options as problems, and survives hostile lines", async () => {
    const hostile = [
      "/nosuch",
      "/help command:eligibilty",
      `/help command:"${"x".repeat(10_000)}"`,
      '/help command:"unbalanced',
      "/help command:",
      "/\u0000\u202e💥",
      "/help",
    ];
    const result = await runBot(`${hostile.join("\n")}\n`);
    expect(result.code).toBe(0);
    expect(result.lines).toHaveLength(hostile.length);
    expect(result.lines[0]).toMatchObject({ kind: "problem", code: "unknown-command" });
    expect(String(result.lines[0]?.text)).toContain("/help");
    expect(result.lines[1]).toMatchObject({ kind: "problem" });
    expect(String(result.lines[1]?.text)).toContain("Did you mean eligibility?");
    for (const line of result.lines.slice(2, -1)) expect(line.kind).toBe("problem");
    expect(result.lines.at(-1)).toMatchObject({ kind: "message", command: "help" });
  });

  it("stops with one clear message and no stack trace on a bad environment", async () => {
    const result = await runBot("/help\n", ["--json"], {
      LOG_LEVEL: "loud",
      DATABASE_PATH: "/proc/nope/x.sqlite",
    });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("LOG_LEVEL");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports an unusable database path clearly", async () => {
    const result = await runBot("/help\n", ["--json"], { DATABASE_PATH: "/proc/nope/x.sqlite" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("DATABASE_PATH");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses an unknown flag with the usage", async () => {
    const result = await runBot("", ["--jsno"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("Usage: npm start");
  });
});
