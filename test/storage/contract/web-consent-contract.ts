import { afterEach, describe, expect, it } from "vitest";
import type { Stores } from "../../../src/ports/stores.js";

/**
 * What every engine's FaqWebConsentStore must do, written against the ports only so that every
 * engine runs the same cases (web-consent.contract.test.ts): `open` gives fresh, empty stores.
 */
export function describeWebConsentStore(
  engine: string,
  open: () => Promise<{ stores: Stores; close(): Promise<void> }>,
) {
  const community = "consent-community";
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 10, minutes));
  const author = { platform: "discord" as const, spaceId: "guild-1", userId: "author-1" };
  const stranger = { ...author, userId: "stranger-2" };
  const moderator = { ...author, userId: "mod-3" };
  let opened: { stores: Stores; close(): Promise<void> } | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  /** A Save-as-FAQ capture of author-1's message, filed and (optionally) approved. */
  async function capture(answerText: string, approve: boolean) {
    opened ??= await open();
    const { stores } = opened;
    await stores.communities.ensureCommunity(community, at(0));
    const saved = await stores.faq.suggestions.saveThreadAnswerAsSuggestion(
      community,
      {
        channelId: "forum",
        threadId: `thread-${answerText.length}`,
        openingQuestion: `Question about ${answerText}?`,
        answerText,
        answerMessageLink: `https://discord.com/channels/1/2/${answerText.length}`,
        answerAuthorId: author.userId,
      },
      stranger,
      at(1),
    );
    if (!saved.ok) throw new Error("filed");
    const id = saved.value.suggestion.id;
    if (!approve) return { stores, id, slug: null };
    const approved = await stores.faq.suggestions.approve(community, id, {}, moderator, at(2));
    if (!approved.ok) throw new Error("approved");
    return { stores, id, slug: approved.value.entry.slug };
  }

  describe(`FaqWebConsentStore over ${engine}`, () => {
    it("asks once per member and capture, and only the asked member can answer", async () => {
      const { stores, id } = await capture("Connects come back when the client cancels the post.", false);
      const consent = stores.faq.webConsent;
      expect(await consent.askOnce(community, id, author.userId, at(3))).toBe(true);
      expect(await consent.askOnce(community, id, author.userId, at(4))).toBe(false);
      expect(await consent.askOnce(community, 999_999, author.userId, at(4))).toBe(false);
      expect(
        await consent.decide(community, id, stranger, { publish: "granted", creditName: null }, at(5)),
      ).toEqual({
        ok: false,
        code: "not-found",
      });
      expect(await consent.listForMember(community, stranger.userId)).toEqual([]);
      const asked = await consent.listForMember(community, author.userId);
      expect(asked.map((record) => [record.purpose, record.state, record.entrySlug])).toEqual([
        ["publish-answer", "asked", null],
        ["credit-name", "asked", null],
      ]);
    });

    it("keeps the author's answer with the entry the capture became, and withdraws only what was granted", async () => {
      const { stores, id } = await capture("The JSS hides when there is too little recent feedback.", false);
      const consent = stores.faq.webConsent;
      await consent.askOnce(community, id, author.userId, at(3));
      const decided = await consent.decide(
        community,
        id,
        author,
        { publish: "granted", creditName: "Ana" },
        at(4),
      );
      expect(decided.ok).toBe(true);
      const approved = await stores.faq.suggestions.approve(community, id, {}, moderator, at(5));
      if (!approved.ok) throw new Error("approved");
      const slug = approved.value.entry.slug;
      expect(await consent.capturedOrigins(community, [slug])).toEqual([
        {
          slug,
          suggestionId: id,
          capturedAnswer: "The JSS hides when there is too little recent feedback.",
          authorId: author.userId,
          publish: "granted",
          creditName: "Ana",
        },
      ]);
      const records = await consent.listForMember(community, author.userId);
      expect(records.every((record) => record.entrySlug === slug)).toBe(true);

      const withdrawn = await consent.withdraw(community, author, null, at(6));
      expect(withdrawn.map((record) => [record.purpose, record.state, record.creditName])).toEqual([
        ["publish-answer", "withdrawn", null],
        ["credit-name", "withdrawn", null],
      ]);
      expect(await consent.withdraw(community, author, null, at(7))).toEqual([]);
      expect(await consent.capturedOrigins(community, null)).toMatchObject([
        { slug, publish: "withdrawn", creditName: null },
      ]);
    });

    it("moves the author's answer with the community it joins, leaving none behind", async () => {
      const { stores, id, slug } = await capture("Disputes go to Upwork support after seven days.", true);
      const consent = stores.faq.webConsent;
      await consent.askOnce(community, id, author.userId, at(3));
      await consent.decide(community, id, author, { publish: "granted", creditName: "Bo" }, at(4));
      const joined = "joined-community";
      await stores.communities.ensureCommunity(joined, at(5));
      const moved = await stores.communities.moveCommunity(community, joined, moderator, at(6));
      expect(moved.ok).toBe(true);
      expect(await consent.listForMember(community, author.userId)).toEqual([]);
      expect(await consent.capturedOrigins(community, null)).toEqual([]);
      const records = await consent.listForMember(joined, author.userId);
      expect(records.map((record) => [record.purpose, record.state, record.entrySlug])).toEqual([
        ["publish-answer", "granted", slug],
        ["credit-name", "granted", slug],
      ]);
      expect(await consent.capturedOrigins(joined, null)).toMatchObject([
        { slug, suggestionId: id, publish: "granted", creditName: "Bo" },
      ]);
    });

    it("lists captured entries only, whether asked by slug, by a long slug list or whole", async () => {
      const { stores, slug } = await capture("Payouts arrive five days after the security hold ends.", true);
      const moderatorsOwn = await stores.faq.entries.add(
        community,
        { slug: "written-by-a-moderator", question: "Who wrote this?", answer: "A moderator did." },
        moderator,
        at(3),
      );
      expect(moderatorsOwn.ok).toBe(true);
      const consent = stores.faq.webConsent;
      const many = [...Array.from({ length: 300 }, (_unused, index) => `other-${index}`), String(slug)];
      for (const slugs of [[String(slug), "written-by-a-moderator"], many, null]) {
        const origins = await consent.capturedOrigins(community, slugs);
        expect(origins.map((origin) => [origin.slug, origin.publish])).toEqual([[slug, null]]);
      }
      expect(await consent.capturedOrigins(community, [])).toEqual([]);
      expect(await consent.capturedOrigins("another-community", null)).toEqual([]);
    });
  });
}
