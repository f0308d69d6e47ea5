import { describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "../support/postgres-server.js";
import { runBot } from "../support/run-bot-process.js";

/**
 * Issue 14's must-show: `DATABASE_URL=postgres://… npm start -- --json` with moderator commands and
 * questions prints the same JSON answers as on SQLite for the same input, through the real process.
 * Times and random ids (reply ids, console message ids) differ between any two runs, so they are
 * masked before comparing; everything else, texts, slugs and confidences included, must match.
 */
const input = [
  "how long until the top rated badge shows up?",
  "/ask what is the conversion fee",
  "/faq search when does the top rated badge appear",
  '/faq add slug:escrow-release question:"When is escrow released to me?" answer:"Fourteen days after the client approves a milestone, unless they dispute it." tags:payments',
  "/ask when does escrow get released",
  '/faq edit slug:escrow-release answer:"Funds are released fourteen days after approval."',
  "/faq history slug:escrow-release",
  "/faq revert slug:escrow-release version:1",
  "/faq list tag:payments",
  "/faq show top-rated-badge-dely",
  "my connects disappeared after a month, is that normal",
  "/faq unanswered",
  "/faq teach id:1 slug:connects-price-expiry",
  "My connects disappeared after a month... is that normal?",
  // A question the FAQ does not answer yet (one it answers is refused with a pointer to the entry).
  '/faq suggest question:"How do I explain a career gap in my profile overview?" answer:"Say what you did in it, in one line."',
  "/faq queue",
  "/faq approve id:1",
  "/faq archive slug:escrow-release reason:duplicate",
  "/ask when does escrow get released",
  "/settings threshold:0.9",
  "/faq stats",
];

const masked = (lines: Record<string, unknown>[]) =>
  JSON.parse(
    JSON.stringify(lines)
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
      // The history's readable times ("since 2026-12-02 16:43") too: the runs may straddle a minute.
      .replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, "<time>")
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>"),
  );

function serverUrl(): string {
  const server = inject("postgres");
  if ("problem" in server) throw new Error(`No PostgreSQL server for this test: ${server.problem}`);
  return server.url;
}

describe("npm start --json on PostgreSQL", () => {
  it("answers moderator commands and questions exactly as on SQLite", { timeout: 90_000 }, async () => {
    const args = ["--json", "--moderator", "--user", "ana"];
    const script = `${input.join("\n")}\n`;
    const sqlite = await runBot(script, args);
    const databaseUrl = await createTestDatabase(serverUrl(), "console-parity");
    const postgres = await runBot(script, args, { DATABASE_URL: databaseUrl });
    expect(sqlite.code, sqlite.stderr).toBe(0);
    expect(postgres.code, postgres.stderr).toBe(0);
    expect(sqlite.lines).toHaveLength(input.length);
    // The run exercised real work, not a wall of refusals.
    expect(sqlite.lines.filter((line) => line.kind === "problem").length).toBeLessThan(3);
    expect(masked(postgres.lines)).toEqual(masked(sqlite.lines));
  });
});
