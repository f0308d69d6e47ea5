import { describe, expect, it } from "vitest";
import type { Space } from "../../../src/core/community.js";
import { contentFingerprint } from "../../../src/core/faq/content-fingerprint.js";
import type { FaqContent } from "../../../src/core/faq/types.js";
import { describeEachEngine } from "./contract-engines.js";
import { at, faqOf, freshCommunity, moderator, sampleEntry, uniqueId } from "./contract-fixtures.js";

const t0 = at("2026-11-10T10:00:00.000Z");
const t1 = at("2026-11-10T10:05:00.000Z");
const later = at("2026-11-10T11:00:00.000Z");
const newSpace = (): Space => ({ platform: "discord", spaceId: uniqueId("guild") });
const actorIn = (space: Space) => ({ ...space, userId: "mod-1" });

describeEachEngine("communities", ({ engine }) => {
  const communities = () => engine().stores.communities;

  /** A space in its own new community, and a second space linked into it with a one-time code. */
  async function linkedPair() {
    const first = newSpace();
    const second = newSpace();
    const { communityId } = await communities().communityOfSpace(first, t0);
    const { communityId: secondOwn } = await communities().communityOfSpace(second, t0);
    const hash = uniqueId("hash");
    await communities().issueLinkCode(communityId, hash, actorIn(first), t0, later);
    const joined = await communities().redeemLinkCode(hash, second, actorIn(second), t1);
    return { first, second, communityId, secondOwn, hash, joined };
  }

  describe("spaces and communities", () => {
    it("gives a new space its own community once, and lists it with its spaces", async () => {
      const space = newSpace();
      expect(await communities().communityOfSpace(space, t0)).toEqual({
        communityId: `discord-${space.spaceId}`,
        created: true,
      });
      expect(await communities().communityOfSpace(space, t1)).toEqual({
        communityId: `discord-${space.spaceId}`,
        created: false,
      });
      expect(await communities().get(`discord-${space.spaceId}`)).toEqual({
        id: `discord-${space.spaceId}`,
        name: null,
        createdAt: t0.toISOString(),
        spaces: [space],
      });
      expect(await communities().listIds()).toContain(`discord-${space.spaceId}`);
      expect(await communities().get(uniqueId("nobody"))).toBeNull();
      const named = uniqueId("named");
      expect(await communities().ensureCommunity(named, t0)).toEqual({ created: true });
      expect(await communities().ensureCommunity(named, t1)).toEqual({ created: false });
    });
  });

  describe("link codes", () => {
    it("moves the redeeming space into the code's community, once, with an audit row on each side", async () => {
      const { first, second, communityId, secondOwn, hash, joined } = await linkedPair();
      expect(joined).toEqual({ ok: true, value: { communityId, previousCommunityId: secondOwn } });
      expect((await communities().get(communityId))?.spaces).toEqual(
        [first, second].sort((a, b) => a.spaceId.localeCompare(b.spaceId)),
      );
      expect(await communities().communityOfSpace(second, t1)).toEqual({ communityId, created: false });
      expect(await communities().redeemLinkCode(hash, newSpace(), moderator, t1)).toEqual({
        ok: false,
        code: "used",
      });
      const actions = async (id: string) =>
        (
          await engine().rows<{ action: string }>(
            "select action from audit_log where community_id = ? order by id",
            id,
          )
        ).map((row) => row.action);
      expect(await actions(communityId)).toEqual(["community.link-code", "community.join"]);
      expect(await actions(secondOwn)).toEqual(["community.leave"]);
    });

    it("refuses unknown, expired and same-community codes without spending them", async () => {
      const space = newSpace();
      const { communityId } = await communities().communityOfSpace(space, t0);
      const hash = uniqueId("hash");
      await communities().issueLinkCode(communityId, hash, actorIn(space), t0, t1);
      expect(await communities().redeemLinkCode(uniqueId("typo"), newSpace(), moderator, t0)).toEqual({
        ok: false,
        code: "unknown",
      });
      expect(await communities().redeemLinkCode(hash, space, actorIn(space), t0)).toEqual({
        ok: false,
        code: "same-community",
      });
      expect(await communities().redeemLinkCode(hash, newSpace(), moderator, later)).toEqual({
        ok: false,
        code: "expired",
      });
    });
  });

  describe("unlinking", () => {
    it("gives the leaving space a new community with a copy of the published FAQ and the settings", async () => {
      const { second, communityId } = await linkedPair();
      const shared = faqOf(engine().stores, communityId);
      await shared.entries.add(sampleEntry(), moderator, t0);
      await shared.entries.add(sampleEntry({ slug: "jss-basics" }), moderator, t0);
      await shared.entries.add(sampleEntry({ slug: "retired" }), moderator, t0);
      await shared.entries.archive("retired", {}, moderator, t0);
      await engine().stores.settings.update(communityId, { shadowMode: true }, moderator);
      const leaving = uniqueId("left");
      expect(await communities().unlink(second, leaving, actorIn(second), later)).toEqual({
        ok: true,
        value: { communityId: leaving, copiedEntries: 2 },
      });
      const copy = faqOf(engine().stores, leaving);
      expect(await copy.entries.allSlugs()).toEqual(["jss-basics", "top-rated-badge-delay"]);
      expect(await copy.entries.getBySlug("top-rated-badge-delay")).toMatchObject({
        answer: sampleEntry().answer,
        version: 1,
      });
      expect((await engine().stores.settings.get(leaving)).shadowMode).toBe(true);
      expect((await communities().get(leaving))?.spaces).toEqual([second]);
      expect(await shared.entries.allSlugs()).toEqual(["jss-basics", "top-rated-badge-delay"]);
      // Alone in its community now: nothing left to unlink from.
      expect(await communities().unlink(second, uniqueId("again"), actorIn(second), later)).toEqual({
        ok: false,
        code: "not-linked",
      });
    });

    it("refuses a new community id that is taken", async () => {
      const { second } = await linkedPair();
      const { id: taken } = await freshCommunity(engine());
      expect(await communities().unlink(second, taken, actorIn(second), later)).toEqual({
        ok: false,
        code: "taken",
      });
    });
  });

  describe("moving a community", () => {
    it("moves entries, history, queue and settings into the target, replacing unedited starter copies", async () => {
      const from = await freshCommunity(engine(), "from");
      const to = await freshCommunity(engine(), "to");
      await from.faq.entries.add(sampleEntry(), moderator, t0);
      await from.faq.entries.edit(
        "top-rated-badge-delay",
        { answer: "Edited." },
        { reason: "r" },
        moderator,
        t1,
      );
      await from.faq.entries.add(sampleEntry({ slug: "starter-copy", answer: "Ours." }), moderator, t0);
      await from.faq.suggestions.suggest({ question: "Queued?", answer: "Yes." }, moderator, t0);
      await engine().stores.settings.update(from.id, { channelCooldownSeconds: 120 }, moderator);
      const { slug, question, answer } = sampleEntry({ slug: "starter-copy" });
      const starter: FaqContent = {
        slug,
        question,
        answer,
        aliases: [],
        tags: [],
        sources: [],
        criteria: [],
        owner: null,
        reviewBy: null,
      };
      await engine().stores.faq.transfer.applyStarterPack(
        to.id,
        [{ content: starter, fingerprint: contentFingerprint(starter) }],
        moderator,
        t0,
      );
      expect(await communities().moveCommunity(from.id, to.id, moderator, later)).toEqual({
        ok: true,
        value: { entries: 2, suggestions: 1, threadAnswers: 0, replacedStarterCopies: ["starter-copy"] },
      });
      expect(await to.faq.entries.allSlugs()).toEqual(["starter-copy", "top-rated-badge-delay"]);
      expect((await to.faq.entries.getBySlug("starter-copy"))?.answer).toBe("Ours.");
      expect((await to.faq.history.history("top-rated-badge-delay"))?.revisions).toHaveLength(1);
      expect(await to.faq.suggestions.listQueue()).toHaveLength(1);
      expect((await engine().stores.settings.get(to.id)).channelCooldownSeconds).toBe(120);
      expect(await from.faq.entries.countAll()).toBe(0);
      expect((await to.auditRows()).at(-1)).toMatchObject({ action: "community.move" });
    });

    it("refuses a slug both communities curated, the same community, and an unknown one, changing nothing", async () => {
      const from = await freshCommunity(engine(), "from");
      const to = await freshCommunity(engine(), "to");
      await from.faq.entries.add(sampleEntry(), moderator, t0);
      await to.faq.entries.add(sampleEntry({ answer: "Theirs." }), moderator, t0);
      const before = [await from.snapshot(), await to.snapshot()];
      expect(await communities().moveCommunity(from.id, to.id, moderator, later)).toEqual({
        ok: false,
        code: "conflict",
        conflicts: ["top-rated-badge-delay"],
      });
      expect(await communities().moveCommunity(from.id, from.id, moderator, later)).toMatchObject({
        ok: false,
        code: "same",
      });
      expect(await communities().moveCommunity(from.id, uniqueId("ghost"), moderator, later)).toMatchObject({
        ok: false,
        code: "not-found",
      });
      expect([await from.snapshot(), await to.snapshot()]).toEqual(before);
    });
  });
});
