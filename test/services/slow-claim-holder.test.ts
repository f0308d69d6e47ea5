import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ThreadReplyOutcome } from "../../src/core/faq/thread-reply-types.js";
import { openTestBot, type TestBot } from "../support/test-bot.js";
import { incoming, space } from "./thread-reply-harness.js";

const claimedAt = new Date("2026-11-26T12:00:00Z");
const later = (seconds: number) => new Date(claimedAt.getTime() + seconds * 1000);

let folder: string | undefined;
const opened: TestBot[] = [];
afterEach(() => {
  for (const instance of opened.splice(0)) instance.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** Two instances on one database file, each with its own name in the claims it holds. */
async function twoInstances() {
  folder = mkdtempSync(join(tmpdir(), "slow-holder-"));
  const path = join(folder, "bot.sqlite");
  const open = (instanceId: string) => {
    const instance = openTestBot({
      path,
      instanceId,
      claimLeaseSeconds: 30,
      newReplyId: () => `${instanceId}-1`,
    });
    opened.push(instance);
    return instance.bot.threadReplies;
  };
  const slow = open("slow");
  await opened[0]?.bot.communities.communityOf(space, claimedAt);
  return { slow, taker: open("taker") };
}

function posted(outcome: ThreadReplyOutcome) {
  if (outcome.kind !== "thread_reply") throw new Error(`expected an answer, got ${outcome.kind}`);
  return outcome;
}

describe("a claim holder that is slow but alive", () => {
  it("does not post once its claim was taken over, and the taker does", async () => {
    const { slow, taker } = await twoInstances();
    const held = posted(await slow.handle(incoming(), claimedAt));
    expect(held.lease?.holder).toBe("slow");
    // The holder stalls past its lease; another instance sees the thread again and takes it over.
    const taken = posted(await taker.handle(incoming(), later(31)));
    expect(taken.replyId).toBe(held.replyId);
    expect(await slow.renewBeforePost(held, later(32))).toBe(false);
    expect(await taker.renewBeforePost(taken, later(32))).toBe(true);
    expect(await taker.recordDelivery(taken.replyId, "posted-by-taker")).toBe(true);
  });

  it("keeps its claim by renewing before the post, so that nobody takes it over meanwhile", async () => {
    const { slow, taker } = await twoInstances();
    const held = posted(await slow.handle(incoming(), claimedAt));
    expect(await slow.renewBeforePost(held, later(20))).toBe(true);
    // Past the first lease, inside the renewed one: the thread stays the holder's.
    expect((await taker.handle(incoming(), later(40))).kind).toBe("silent");
    expect(await slow.recordDelivery(held.replyId, "posted-by-slow")).toBe(true);
  });

  it("hears that its post lost when another post of the claim was recorded first", async () => {
    const { slow, taker } = await twoInstances();
    const held = posted(await slow.handle(incoming(), claimedAt));
    expect(await slow.renewBeforePost(held, later(1))).toBe(true);
    // The holder's post is still in flight past the renewed lease (its client retrying).
    const taken = posted(await taker.handle(incoming(), later(45)));
    expect(await taker.renewBeforePost(taken, later(45))).toBe(true);
    expect(await taker.recordDelivery(taken.replyId, "posted-by-taker")).toBe(true);
    expect(await slow.recordDelivery(held.replyId, "posted-by-slow")).toBe(false);
  });
});
