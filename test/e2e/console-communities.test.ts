import { describe, expect, it } from "vitest";
import { freshDatabasePath, runBot } from "../support/run-bot-process.js";

const question = "When does the zephyrine payout bonus arrive?";
/** What only a knows: its entry's answer and its suggestion (b types the question and slug itself). */
const knownOnlyToA = /first Tuesday|quillwort/i;

/** One console session, as `npm start -- --community <id>` on the shared database file. */
function session(community: string, database: string, lines: string[]) {
  return runBot(
    `${lines.join("\n")}\n`,
    ["--json", "--community", community, "--moderator", "--user", "ana"],
    {
      DATABASE_PATH: database,
    },
  );
}

/**
 * Issue 13's must-show on the console, through two real `npm start` processes on one database
 * file: what a moderator adds or files in community `a` stays in `a`.
 */
describe("--community a and --community b on one database", () => {
  it("keeps a's entry and a's suggestions out of b's show, ask, thread answers and queue", async () => {
    const database = freshDatabasePath();
    const inA = await session("a", database, [
      `/faq add slug:zephyr-payout question:"${question}" answer:"The zephyrine bonus lands on the first Tuesday."`,
      '/faq suggest question:"Is the quillwort tax deductible?" answer:"Quillwort fees can be deducted."',
      `/ask question:${question}`,
      "/faq queue",
    ]);
    expect(inA.code, inA.stderr).toBe(0);
    const [added, suggested, askedInA, queueOfA] = inA.lines;
    expect(added).toMatchObject({ kind: "message", data: { entry: { slug: "zephyr-payout" } } });
    expect(suggested).toMatchObject({ kind: "message", data: { status: "pending" } });
    // The checks below can fail: in a, the same commands do show a's entry and suggestion.
    expect(askedInA?.data).toMatchObject({ best: { slug: "zephyr-payout" } });
    expect(JSON.stringify(queueOfA?.data)).toContain("quillwort");

    const inB = await session("b", database, [
      "/faq show slug:zephyr-payout",
      `/ask question:${question}`,
      question,
      "/faq search query:zephyrine payout",
      "/faq queue",
    ]);
    expect(inB.code, inB.stderr).toBe(0);
    const [shown, asked, threadQuestion, searched, queue] = inB.lines;
    expect(shown).toMatchObject({ kind: "problem", code: "not-found", visibility: "private" });
    expect(asked?.kind).toBe("message");
    expect(JSON.stringify(asked?.data ?? null)).not.toContain("zephyr-payout");
    expect(queue).toMatchObject({ kind: "message", data: { suggestions: [] } });
    expect(shown?.data).toMatchObject({ suggestion: null });
    // Not the answer, not a "Might help" offer, not a search hit: everything but the echoed input.
    for (const { input, ...told } of [asked, threadQuestion, searched].map((line) => line ?? {})) {
      expect(JSON.stringify(told), String(input)).not.toContain("zephyr-payout");
    }
    for (const line of [shown, asked, threadQuestion, searched, queue]) {
      expect(JSON.stringify(line), String(line?.input)).not.toMatch(knownOnlyToA);
    }
    // Asked again in a, after b's session, the entry is still a's and answers there.
    const again = await session("a", database, [`/ask question:${question}`]);
    expect(again.lines[0]?.data).toMatchObject({ best: { slug: "zephyr-payout" } });
  });
});
