/**
 * One bot process for the duplicate-delivery test: opens the shared database file, says "ready",
 * waits for "go" on stdin (sent to both twins at once), then handles the same messages as its
 * twin and prints the outcome kinds as JSON.
 * Usage: node --import tsx duplicate-delivery-process.ts <db path> <messages>
 */
import { incoming, threadReplyHarness } from "./thread-reply-harness.js";

const [path, countText] = process.argv.slice(2);
if (!path || !countText) throw new Error("usage: <db path> <messages>");
const harness = await threadReplyHarness(path, `p${process.pid}-`);
process.stdout.write("ready\n");
process.stdin.once("data", async () => {
  const kinds: string[] = [];
  const now = new Date("2026-11-26T12:00:00Z");
  for (let index = 0; index < Number(countText); index += 1) {
    const outcome = await harness.service.handle(
      // One asker per thread: this is about once per thread, not one member's flood limit.
      incoming({ threadId: `thread-${index}`, messageId: `m-${index}`, authorId: `asker-${index}` }),
      now,
    );
    kinds.push(outcome.kind === "thread_reply" ? "thread_reply" : outcome.reason);
  }
  harness.close();
  process.stdout.write(`${JSON.stringify(kinds)}\n`);
  process.exit(0);
});
