import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_ACK_HOLD_MS } from "../../../src/adapters/slack/hold-event-acks.js";
import { signedPost } from "./signed-slack-request.js";
import {
  eventEnvelope,
  postEvent,
  type SlackHarness,
  signingSecret,
  startSlackHarness,
  uniqueId,
} from "./slack-harness.js";

const question = "How long does it take for the Top Rated badge to appear once I qualify?";

let harness: SlackHarness;
beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(async () => {
  await harness.close();
});

function mention(channel: string, user: string, ts: string) {
  return { type: "app_mention", channel, user, text: `<@UBOT> ${question}`, ts };
}

/** Claims on the thread as the database has them right now. */
function claimsOn(threadTs: string): number {
  const row = harness.database.sqlite
    .prepare("SELECT count(*) AS n FROM thread_answers WHERE thread_id = ?")
    .get(threadTs) as { n: number };
  return row.n;
}

async function timedPost(send: () => Promise<Response>) {
  const startedMs = Date.now();
  const response = await send();
  return { status: response.status, ackMs: Date.now() - startedMs };
}

const postsIn = (channel: string) =>
  harness.fake.callsTo("chat.postMessage").filter((call) => call.params.channel === channel);

describe("the HTTP ack of a Slack event", () => {
  it("leaves only once the event's thread is claimed, well inside Slack's 3 s", async () => {
    const ts = "1700007000.000100";
    // The asker's name is looked up before the claim: slowed, the claim cannot come before 300 ms.
    harness.fake.queueAnswer("users.info", { body: {}, delayMs: 300 });
    const { status, ackMs } = await timedPost(() =>
      postEvent(harness, mention("CACKED", "UACK1", ts), uniqueId("Ev")),
    );
    expect(status).toBe(200);
    expect(claimsOn(ts)).toBe(1);
    expect(ackMs).toBeGreaterThanOrEqual(300);
    expect(ackMs).toBeLessThan(EVENT_ACK_HOLD_MS);
    await harness.fake.waitFor("the answer", () => (postsIn("CACKED").length > 0 ? true : null));
  });

  it("leaves when the hold runs out if the work before the claim is slower, and the answer follows", async () => {
    const ts = "1700007000.000200";
    harness.fake.queueAnswer("users.info", { body: {}, delayMs: EVENT_ACK_HOLD_MS + 1_000 });
    const { status, ackMs } = await timedPost(() =>
      postEvent(harness, mention("CSLOWCLAIM", "UACK2", ts), uniqueId("Ev")),
    );
    expect(status).toBe(200);
    expect(claimsOn(ts)).toBe(0);
    expect(ackMs).toBeGreaterThanOrEqual(EVENT_ACK_HOLD_MS - 50);
    expect(ackMs).toBeLessThan(3_000);
    await harness.fake.waitFor("the late answer", () => (postsIn("CSLOWCLAIM").length > 0 ? true : null));
    expect(postsIn("CSLOWCLAIM")).toHaveLength(1);
  });

  it("lets a retry through to another replica once an unclaimed sighting's hold is over, and answers once", async () => {
    const other = await harness.startAnother({ retryConfig: { retries: 0 } });
    const channel = "CRETRIED";
    const ts = "1700007000.000300";
    const eventId = uniqueId("Ev");
    const body = JSON.stringify(eventEnvelope(mention(channel, "UACK3", ts), eventId));
    // The first replica hangs before its claim (as one that died would, from Slack's side).
    harness.fake.queueAnswer("users.info", { body: {}, delayMs: 4_000 });
    const wokenAtMs = Date.now() + 4_000;
    const first = postEvent(harness, mention(channel, "UACK3", ts), eventId);
    await harness.fake.waitFor("the first replica's look-up", () =>
      harness.fake.callsTo("users.info").some((call) => call.params.user === "UACK3") ? true : null,
    );
    const otherUrl = `http://127.0.0.1:${other.port}/slack/events`;
    // Within the hold, a retry is a duplicate: dropped, and acked at once.
    const early = await timedPost(() =>
      signedPost(otherUrl, body, "application/json", { signingSecret, retryNum: 1 }),
    );
    expect(early.status).toBe(200);
    expect(early.ackMs).toBeLessThan(EVENT_ACK_HOLD_MS);
    // Slack retries after 3 s without an ack; by then the unclaimed sighting is no longer held.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const retried = await signedPost(otherUrl, body, "application/json", { signingSecret, retryNum: 2 });
    expect(retried.status).toBe(200);
    const [answer] = await harness.fake.waitFor("the retry's answer", () =>
      postsIn(channel).length > 0 ? postsIn(channel) : null,
    );
    // Answered by the retry's replica, not by the first one once it woke up.
    expect(answer?.atMs ?? Number.POSITIVE_INFINITY).toBeLessThan(wokenAtMs);
    // The first replica acked when its hold ran out, then wakes up, finds the thread claimed and
    // stays silent.
    expect((await first).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wokenAtMs + 1_000 - Date.now())));
    expect(postsIn(channel)).toHaveLength(1);
    expect(claimsOn(ts)).toBe(1);
    await other.stop();
  }, 20_000);
});
