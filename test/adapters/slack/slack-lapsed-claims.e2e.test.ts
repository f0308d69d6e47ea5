import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toIncomingThreadMessage } from "../../../src/adapters/slack/slack-message-event.js";
import { type SlackHarness, startSlackHarness, teamId } from "./slack-harness.js";

const question = "How long does it take for the Top Rated badge to appear once I qualify?";

// The adapter's clock, moved past the claim lease by hand instead of waiting 30 s.
let clockMs = Date.now();
let harness: SlackHarness;
beforeAll(async () => {
  harness = await startSlackHarness("http", { now: () => new Date(clockMs), lapsedClaimSweepMs: 50 });
});
afterAll(async () => {
  await harness.close();
});

/**
 * A claim as a replica leaves it when it dies between claim and post: the thread-reply path ran
 * (and claimed the thread) but nothing reached Slack.
 */
async function claimWithoutPosting(event: Record<string, string>): Promise<void> {
  const incoming = toIncomingThreadMessage(event as never, { teamId, botUserId: "UBOT" });
  if (!incoming) throw new Error("not a member's message");
  const outcome = await harness.bot.threadReplies.handle(incoming, new Date(clockMs));
  expect(outcome.kind).toBe("thread_reply");
}

const postsIn = (channel: string) =>
  harness.fake.callsTo("chat.postMessage").filter((call) => call.params.channel === channel);

describe("the Slack sweep for lapsed thread claims", () => {
  it("reads a thread mention back with conversations.replies and answers it once, after the lease", async () => {
    const channel = "CLAPSED";
    const parentTs = "1700000300.000100";
    const mentionTs = "1700000300.000200";
    const text = `<@UBOT> ${question}`;
    harness.fake.addMessage(channel, { ts: parentTs, user: "UOTHER", text: "Anyone around?" });
    harness.fake.addMessage(channel, { ts: mentionTs, user: "UASKER", text, thread_ts: parentTs });
    await claimWithoutPosting({
      type: "message",
      channel,
      user: "UASKER",
      text,
      ts: mentionTs,
      thread_ts: parentTs,
    });

    // Within the lease nothing is taken over: the holder may still be posting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsIn(channel)).toHaveLength(0);

    clockMs += 60_000;
    const [post] = await harness.fake.waitFor("the swept answer", () =>
      postsIn(channel).length > 0 ? postsIn(channel) : null,
    );
    expect(post?.params.thread_ts).toBe(parentTs);
    expect(String(post?.params.text)).toContain("<@UASKER>");
    const read = harness.fake
      .callsTo("conversations.replies")
      .find((call) => call.params.channel === channel);
    expect(read?.params).toMatchObject({ ts: parentTs, latest: mentionTs });
    // Later sweeps find the claim completed, so the answer stays single.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsIn(channel)).toHaveLength(1);
  });

  it("reads a top-level question back with conversations.history", async () => {
    const channel = "CLAPSEDTOP";
    const ts = "1700000400.000100";
    const text = `<@UBOT> ${question}`;
    harness.fake.addMessage(channel, { ts: "1700000399.000100", user: "UOTHER", text: "earlier" });
    harness.fake.addMessage(channel, { ts, user: "UASKER2", text });
    harness.fake.addMessage(channel, { ts: "1700000401.000100", user: "UOTHER", text: "later" });
    await claimWithoutPosting({ type: "app_mention", channel, user: "UASKER2", text, ts });
    clockMs += 60_000;
    const [post] = await harness.fake.waitFor("the swept answer", () =>
      postsIn(channel).length > 0 ? postsIn(channel) : null,
    );
    expect(post?.params.thread_ts).toBe(ts);
    const read = harness.fake
      .callsTo("conversations.history")
      .find((call) => call.params.channel === channel);
    expect(read?.params).toMatchObject({ latest: ts, limit: "1" });
  });

  it("gives up quietly on a question that was deleted, and keeps sweeping", async () => {
    const channel = "CLAPSEDGONE";
    const ts = "1700000500.000100";
    await claimWithoutPosting({
      type: "app_mention",
      channel,
      user: "UASKER3",
      text: `<@UBOT> ${question}`,
      ts,
    });
    clockMs += 60_000;
    await harness.fake.waitFor("the gone question noted", () =>
      harness.logLines().some((line) => String(line.msg).includes("question is gone")) ? true : null,
    );
    expect(postsIn(channel)).toHaveLength(0);
    // No log line carries the bot token.
    expect(JSON.stringify(harness.logLines())).not.toContain("TestBotTokenSecret");
  });
});
