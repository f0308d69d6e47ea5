import { afterEach, describe, expect, it } from "vitest";
import { ABANDONED_CLAIM_HORIZON_MS, claimLease } from "../../src/core/faq/claim-lease.js";
import type { NewThreadAnswer } from "../../src/core/faq/thread-reply-types.js";
import type { Stores } from "../../src/ports/stores.js";
import type { ThreadClaim } from "../../src/ports/thread-reply-store.js";

/** Two connections to one database, as two processes would hold them. */
export interface TwoInstances {
  first: Stores;
  second: Stores;
  close(): Promise<void>;
}

const community = "lease-community";
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 12, 0, seconds));

function answer(replyId: string, messageId = "m-1"): NewThreadAnswer {
  return {
    replyId,
    communityId: community,
    platform: "discord",
    spaceId: "guild-1",
    channelId: "channel-1",
    threadId: "thread-1",
    questionMessageId: messageId,
    askerId: "asker",
    decision: "posted",
    slug: "payouts",
    confidence: 0.9,
    targetChannelId: "channel-1",
    questionText: "when are payouts?",
    offeredSlugs: [],
    createdAt: at(0).toISOString(),
  };
}

function claim(
  replyId: string,
  holder: string,
  now: Date,
  overrides: Partial<ThreadClaim> = {},
): ThreadClaim {
  return {
    answer: answer(replyId),
    autoAnswer: true,
    cooldownSeconds: 0,
    now,
    lease: claimLease(holder, 10, now),
    ...overrides,
  };
}

/**
 * The claim lease, the same on every engine: a claim that never posted is taken over once its
 * lease lapses, by exactly one claimant, under the abandoned claim's reply id; a posted claim
 * and a claim with no lease never are.
 */
export function describeClaimLease(engine: string, open: () => Promise<TwoInstances>): void {
  describe(`the claim lease (${engine})`, () => {
    let instances: TwoInstances | undefined;
    afterEach(async () => {
      await instances?.close();
      instances = undefined;
    });
    const start = async () => {
      instances = await open();
      await instances.first.communities.ensureCommunity(community, at(0));
      return instances;
    };

    it("keeps the thread with its holder while the lease runs, then lets one other instance take it", async () => {
      const { first, second } = await start();
      expect(await first.threadReplies.claimThread(claim("r-1", "a", at(0)))).toEqual({
        kind: "open",
        replyId: "r-1",
        takenOver: false,
      });
      // Within the lease the same delivery is a duplicate, whichever instance sees it.
      expect((await second.threadReplies.claimThread(claim("r-2", "b", at(9)))).kind).toBe(
        "duplicate-delivery",
      );
      // After it, several claimants at once: exactly one wins, under the first claim's reply id.
      const verdicts = await Promise.all([
        second.threadReplies.claimThread(claim("r-2", "b", at(11))),
        first.threadReplies.claimThread(claim("r-3", "c", at(11))),
        second.threadReplies.claimThread(claim("r-4", "d", at(11))),
      ]);
      const opened = verdicts.filter((verdict) => verdict.kind === "open");
      expect(opened).toEqual([{ kind: "open", replyId: "r-1", takenOver: true }]);
      // The taker holds a fresh lease: a claim just after is a duplicate again.
      expect((await first.threadReplies.claimThread(claim("r-5", "e", at(12)))).kind).toBe(
        "duplicate-delivery",
      );
    });

    it("never takes over a claim whose answer was posted", async () => {
      const { first, second } = await start();
      await first.threadReplies.claimThread(claim("r-1", "a", at(0)));
      await first.threadReplies.setPostedMessageId("r-1", "posted-1");
      expect((await second.threadReplies.claimThread(claim("r-2", "b", at(60)))).kind).toBe(
        "duplicate-delivery",
      );
      expect((await second.threadReplies.findAnswer("r-1"))?.postedMessageId).toBe("posted-1");
    });

    it("never takes over a claim that carries no lease (nothing was going to be posted)", async () => {
      const { first, second } = await start();
      await first.threadReplies.claimThread(claim("r-1", "a", at(0), { lease: null }));
      expect((await second.threadReplies.claimThread(claim("r-2", "b", at(3600)))).kind).toBe(
        "duplicate-delivery",
      );
    });

    it("lists the lapsed claims of a platform, and no claim that was posted or is still held", async () => {
      const { first, second } = await start();
      await first.threadReplies.claimThread(claim("r-1", "a", at(0)));
      const held = { ...claim("r-2", "a", at(5)), answer: { ...answer("r-2"), threadId: "thread-2" } };
      await first.threadReplies.claimThread(held);
      const posted = { ...claim("r-3", "a", at(0)), answer: { ...answer("r-3"), threadId: "thread-3" } };
      await first.threadReplies.claimThread(posted);
      await first.threadReplies.setPostedMessageId("r-3", "posted-3");
      const lapsed = await second.threadReplies.listLapsedClaims("discord", at(12), 10);
      expect(lapsed).toEqual([
        { spaceId: "guild-1", channelId: "channel-1", threadId: "thread-1", questionMessageId: "m-1" },
      ]);
      expect(await second.threadReplies.listLapsedClaims("slack", at(12), 10)).toEqual([]);
      // Listing takes nothing: the claim is still there to be taken over.
      expect((await second.threadReplies.claimThread(claim("r-4", "b", at(12)))).kind).toBe("open");
      expect(await second.threadReplies.listLapsedClaims("discord", at(12), 10)).toEqual([]);
    });

    it("lists the newest lapses first, and none lapsed longer ago than the horizon", async () => {
      const { first, second } = await start();
      // Leases of 10 s taken at 0, 100 and 200 s lapse at 10, 110 and 210 s.
      for (const [index, seconds] of [0, 100, 200].entries()) {
        const thread = `thread-${index + 1}`;
        await first.threadReplies.claimThread({
          ...claim(`r-${index + 1}`, "a", at(seconds)),
          answer: { ...answer(`r-${index + 1}`, `m-${index + 1}`), threadId: thread },
        });
      }
      const threads = async (now: Date, limit: number) =>
        (await second.threadReplies.listLapsedClaims("discord", now, limit)).map((lapsed) => lapsed.threadId);
      expect(await threads(at(300), 10)).toEqual(["thread-3", "thread-2", "thread-1"]);
      // A full batch is the newest lapses: an old claim that can never be finished does not block it.
      expect(await threads(at(300), 2)).toEqual(["thread-3", "thread-2"]);
      const pastFirst = new Date(at(10).getTime() + ABANDONED_CLAIM_HORIZON_MS + 1000);
      expect(await threads(pastFirst, 10)).toEqual(["thread-3", "thread-2"]);
    });

    it("records a delivery id once across instances, and again after its sighting expired", async () => {
      const { first, second } = await start();
      const sight = (stores: Stores, seconds: number) =>
        stores.deliveries.firstSighting("slack", "Ev123", at(seconds), at(seconds + 30));
      const firsts = await Promise.all([sight(first, 0), sight(second, 0), sight(second, 1)]);
      expect(firsts.filter(Boolean)).toHaveLength(1);
      expect(await sight(first, 29)).toBe(false);
      expect(await sight(second, 31)).toBe(true);
      expect(await sight(first, 32)).toBe(false);
    });

    it("keeps a briefly held sighting for longer once kept, and records a purged one again", async () => {
      const { first, second } = await start();
      const sight = (stores: Stores, id: string, seconds: number, keptFor: number) =>
        stores.deliveries.firstSighting("slack", id, at(seconds), at(seconds + keptFor));
      // Held 2 s; the holder keeps it for the hour before that runs out.
      expect(await sight(first, "EvHeld", 0, 2)).toBe(true);
      await first.deliveries.keepSighting("slack", "EvHeld", at(60));
      expect(await sight(second, "EvHeld", 3, 2)).toBe(false);
      expect(await sight(second, "EvHeld", 59, 2)).toBe(false);
      // Held 2 s and never kept: the holder died, and a retry after that counts as a first sighting.
      expect(await sight(first, "EvDead", 0, 2)).toBe(true);
      expect(await sight(second, "EvDead", 1, 2)).toBe(false);
      expect(await sight(second, "EvDead", 3, 2)).toBe(true);
      // Keeping an id the ledger no longer holds (expired, or never seen) records it.
      await second.deliveries.keepSighting("slack", "EvUnseen", at(30));
      expect(await sight(first, "EvUnseen", 10, 2)).toBe(false);
      expect(await sight(first, "EvUnseen", 31, 2)).toBe(true);
    });

    it("renews a claim only while its holder still holds it unexpired, and a renewal holds off the takeover", async () => {
      const { first, second } = await start();
      const held = claimLease("a", 10, at(0));
      await first.threadReplies.claimThread(claim("r-1", "a", at(0)));
      // Another holder's name, or an expiry the claim no longer has, renews nothing.
      expect(await second.threadReplies.renewClaim("r-1", claimLease("b", 10, at(0)), held, at(5))).toBe(
        false,
      );
      expect(await second.threadReplies.renewClaim("r-1", claimLease("a", 10, at(1)), held, at(5))).toBe(
        false,
      );
      const renewed = claimLease("a", 10, at(8));
      expect(await first.threadReplies.renewClaim("r-1", held, renewed, at(8))).toBe(true);
      // Past the first lease, the renewed one still keeps the thread with its holder.
      const atTwelve = await second.threadReplies.claimThread(claim("r-2", "b", at(12)));
      expect(atTwelve.kind).not.toBe("open");
      // The old lease is no token any more; once the renewed one lapsed, nothing renews it.
      expect(await first.threadReplies.renewClaim("r-1", held, claimLease("a", 10, at(9)), at(9))).toBe(
        false,
      );
      expect(await first.threadReplies.renewClaim("r-1", renewed, claimLease("a", 10, at(19)), at(19))).toBe(
        false,
      );
      // Taken over, even by the same instance: the lease it held before renews nothing.
      const takenAt = at(20);
      expect(await first.threadReplies.claimThread(claim("r-3", "a", takenAt))).toMatchObject({
        takenOver: true,
      });
      expect(await first.threadReplies.renewClaim("r-1", renewed, claimLease("a", 10, at(21)), at(21))).toBe(
        false,
      );
      expect(
        await first.threadReplies.renewClaim(
          "r-1",
          claimLease("a", 10, takenAt),
          claimLease("a", 10, at(21)),
          at(21),
        ),
      ).toBe(true);
    });

    it("records the first post of a claim and keeps it: a later poster hears it lost", async () => {
      const { first, second } = await start();
      await first.threadReplies.claimThread(claim("r-1", "a", at(0)));
      const [one, other] = await Promise.all([
        first.threadReplies.setPostedMessageId("r-1", "posted-by-a"),
        second.threadReplies.setPostedMessageId("r-1", "posted-by-b"),
      ]);
      expect(one).toBe(other);
      expect(["posted-by-a", "posted-by-b"]).toContain(one);
      expect((await first.threadReplies.findAnswer("r-1"))?.postedMessageId).toBe(one);
      // The same id again (Discord's nonce hands both posters one message) is no loss.
      expect(await second.threadReplies.setPostedMessageId("r-1", one ?? "")).toBe(one);
      expect(await second.threadReplies.setPostedMessageId("no-such-reply", "x")).toBeNull();
    });

    it("takes over without the channel's cooldown, which the abandoned claim itself advanced", async () => {
      const { first, second } = await start();
      await first.threadReplies.claimThread(claim("r-1", "a", at(0), { cooldownSeconds: 600 }));
      const verdict = await second.threadReplies.claimThread(
        claim("r-2", "b", at(11), { cooldownSeconds: 600 }),
      );
      expect(verdict).toEqual({ kind: "open", replyId: "r-1", takenOver: true });
      // The taker's post completes the claim under the shared reply id.
      await second.threadReplies.setPostedMessageId("r-1", "posted-by-b");
      expect((await first.threadReplies.findAnswer("r-1"))?.postedMessageId).toBe("posted-by-b");
    });
  });
}
