import { describe, expect, it } from "vitest";
import type { Stores } from "../../../src/ports/stores.js";
import { describeEachEngine, type OpenEngine } from "./contract-engines.js";
import {
  at,
  faqOf,
  freshCommunity,
  moderator,
  otherModerator,
  sampleEntry,
  uniqueId,
} from "./contract-fixtures.js";

const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");

/**
 * Several instances doing the same thing at the same moment, as after a duplicated event: on
 * PostgreSQL the calls really overlap (two pools), so every check-then-write must hold under a
 * race; each write has one winner and the others get the outcome a later caller would get.
 */
describeEachEngine("concurrent writes", ({ engine, kind, location }) => {
  /** `count` calls at once, alternating between this file's connection and a second one. */
  async function spread<T>(count: number, call: (stores: Stores, n: number) => Promise<T>): Promise<T[]> {
    const second: OpenEngine = await kind.open(location());
    try {
      const instances = [engine().stores, second.stores];
      return await Promise.all(Array.from({ length: count }, (_, n) => call(instances[n % 2] as Stores, n)));
    } finally {
      await second.close();
    }
  }

  describe("one winner each", () => {
    it("edits from the same version: one applies, the rest get conflict, one revision", async () => {
      const { id, faq, revisionCount } = await freshCommunity(engine());
      await faq.entries.add(sampleEntry(), moderator, t0);
      const outcomes = await spread(6, (stores, n) =>
        stores.faq.entries.edit(
          id,
          "top-rated-badge-delay",
          { answer: `Answer ${n}.` },
          { reason: `edit ${n}`, expectedVersion: 1 },
          n % 2 ? otherModerator : moderator,
          t1,
        ),
      );
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok).map((outcome) => !outcome.ok && outcome.code)).toEqual(
        Array(5).fill("conflict"),
      );
      expect(await faq.entries.getBySlug("top-rated-badge-delay")).toMatchObject({ version: 2 });
      expect(await revisionCount()).toBe(1);
    });

    it("adds of one slug: one entry, the rest get slug-taken", async () => {
      const { id, faq } = await freshCommunity(engine());
      const outcomes = await spread(6, (stores) => stores.faq.entries.add(id, sampleEntry(), moderator, t0));
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual(
        Array(5).fill({ ok: false, code: "slug-taken" }),
      );
      expect(await faq.entries.countAll()).toBe(1);
    });

    it("approvals of one suggestion: one entry, the rest get wrong-state", async () => {
      const { id, faq } = await freshCommunity(engine());
      const filed = await faq.suggestions.suggest(
        { question: "What is a connect?", answer: "A token." },
        moderator,
        t0,
      );
      const suggestion = filed.ok ? filed.value.suggestion.id : -1;
      const outcomes = await spread(4, (stores) =>
        stores.faq.suggestions.approve(id, suggestion, {}, moderator, t1),
      );
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual(
        Array(3).fill({ ok: false, code: "wrong-state" }),
      );
      expect(await faq.entries.allSlugs()).toEqual(["what-is-a-connect"]);
    });

    it("redemptions of one link code by several spaces: one joins, the rest hear it was used", async () => {
      const { id } = await freshCommunity(engine());
      const hash = uniqueId("hash");
      await engine().stores.communities.issueLinkCode(id, hash, moderator, t0, t1);
      const outcomes = await spread(4, (stores, n) =>
        stores.communities.redeemLinkCode(
          hash,
          { platform: "slack", spaceId: `${hash}-T${n}` },
          moderator,
          t0,
        ),
      );
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual(Array(3).fill({ ok: false, code: "used" }));
      expect((await engine().stores.communities.get(id))?.spaces).toHaveLength(1);
    });

    it("a new space seen by several instances at once: one community, created once", async () => {
      const space = { platform: "discord" as const, spaceId: uniqueId("guild") };
      const outcomes = await spread(6, (stores) => stores.communities.communityOfSpace(space, t0));
      expect(new Set(outcomes.map((outcome) => outcome.communityId))).toEqual(
        new Set([`discord-${space.spaceId}`]),
      );
      expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
      expect((await engine().stores.communities.get(`discord-${space.spaceId}`))?.spaces).toEqual([space]);
    });

    it("the same feedback and the same demotion from several instances: stored once", async () => {
      const { id } = await freshCommunity(engine());
      await engine().stores.threadReplies.claimThread({
        answer: {
          replyId: `${id}-r`,
          communityId: id,
          platform: "discord",
          spaceId: id,
          channelId: "c",
          threadId: "t",
          questionMessageId: "m",
          askerId: "a",
          decision: "posted",
          slug: "top-rated-badge-delay",
          confidence: 0.9,
          targetChannelId: "c",
          questionText: "q",
          offeredSlugs: [],
          createdAt: t0.toISOString(),
        },
        autoAnswer: false,
        cooldownSeconds: 0,
        now: t0,
        lease: null,
      });
      const answerId = (await engine().stores.threadReplies.findAnswer(`${id}-r`))?.id ?? -1;
      const stored = await spread(6, (stores) =>
        stores.threadReplies.insertFeedback(answerId, "u", "helpful", t1),
      );
      expect(stored.filter(Boolean)).toHaveLength(1);
      await spread(4, (stores) => stores.faq.demotions.demote(id, "when", "top-rated-badge-delay", t1));
      expect(await faqOf(engine().stores, id).demotions.demotedSlugs("when")).toEqual([
        "top-rated-badge-delay",
      ]);
    });
  });
});
