import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postEvent, type SlackHarness, startSlackHarness, uniqueId } from "./slack-harness.js";

const question = "How long does it take for the Top Rated badge to appear once I qualify?";

// The adapters' clock, moved past the claim lease by hand instead of waiting 30 s.
let clockMs = Date.now();
let harness: SlackHarness;
beforeAll(async () => {
  harness = await startSlackHarness("http", { now: () => new Date(clockMs), lapsedClaimSweepMs: 50 });
});
afterAll(async () => {
  await harness.close();
});

const callsIn = (method: string, channel: string) =>
  harness.fake.callsTo(method).filter((call) => call.params.channel === channel);

describe("a Slack replica whose post outlives its claim's lease", () => {
  it("removes its own late post once another replica's post of the claim was recorded first", async () => {
    const other = await harness.startAnother({ retryConfig: { retries: 0 } });
    const channel = "CSLOWPOST";
    const ts = "1700008000.000100";
    const text = `<@UBOT> ${question}`;
    harness.fake.addMessage(channel, { ts, user: "USLOW", text });
    // The first post hangs in Slack (as a client retrying a 5xx or a 429 would) past the lease.
    harness.fake.queueAnswer("chat.postMessage", { body: {}, delayMs: 1_500 });
    const acked = await postEvent(
      harness,
      { type: "app_mention", channel, user: "USLOW", text, ts },
      uniqueId("Ev"),
    );
    expect(acked.status).toBe(200);
    await harness.fake.waitFor("the first post in flight", () =>
      callsIn("chat.postMessage", channel).length > 0 ? true : null,
    );
    // Its renewed lease runs out: a sweep takes the claim over, posts and records its post first.
    clockMs += 60_000;
    const [removed] = await harness.fake.waitFor("the late post removed", () => {
      const deletes = callsIn("chat.delete", channel);
      return deletes.length > 0 ? deletes : null;
    });
    expect(callsIn("chat.postMessage", channel)).toHaveLength(2);
    const onRecord = harness.database.sqlite
      .prepare("SELECT posted_message_id AS id FROM thread_answers WHERE thread_id = ?")
      .get(ts) as { id: string };
    expect(onRecord.id).toBeTruthy();
    expect(removed?.params.ts).not.toBe(onRecord.id);
    // The thread keeps the recorded answer, and the claim stays finished.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(callsIn("chat.postMessage", channel)).toHaveLength(2);
    expect(callsIn("chat.delete", channel)).toHaveLength(1);
    await other.stop();
  });
});
