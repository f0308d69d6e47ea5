import { describe, expect, it } from "vitest";
import { inCommunity, needsColumnFilter } from "../../src/storage/sqlite/fts-community.js";
import { at, moderator, openTestFaqStore, sampleEntry, testCommunity } from "./faq-test-database.js";

const t0 = at("2026-11-01T10:00:00.000Z");

describe("the community filter of an FTS5 expression", () => {
  it("leaves the text-column filter out when no word could be a community token", () => {
    expect(needsColumnFilter('"top" OR "rated"')).toBe(false);
    expect(needsColumnFilter('("jss" OR "score") AND "90" AND "weeks"')).toBe(false);
    expect(needsColumnFilter('"badge"* OR "ç"')).toBe(false);
    expect(inCommunity(7, '"top" OR "rated"')).toBe('community:"c7" AND ("top" OR "rated")');
  });

  it("keeps it for words mixing letters and digits, and for anything but plain quoted words", () => {
    for (const expression of [
      '"c1"',
      '"top" OR "c12s"',
      '"ç1"',
      '"1c"',
      '"a1"*',
      'question:"x"',
      '"a" NEAR "b"',
    ]) {
      expect(needsColumnFilter(expression), expression).toBe(true);
    }
    expect(inCommunity(7, '"c7"')).toBe('community:"c7" AND {question aliases tags answer}:("c7")');
  });

  it("never lets a question's word match the community's own token, and still finds it in entry text", async () => {
    const { database, stores, store } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    await store.entries.add(
      sampleEntry({
        slug: "c1-english",
        question: "Do clients ask for C1 English?",
        answer: "Some do.",
        aliases: [],
        tags: [],
      }),
      moderator,
      t0,
    );
    const { key } = database.sqlite
      .prepare("select key from communities where id = ?")
      .get(testCommunity) as { key: number };
    const scan = async (expression: string) =>
      (await stores.faq.candidates.scanCandidates(testCommunity, expression, 20)).map((entry) => entry.slug);

    // The console community, seeded by the migrations, holds key 1: this one's token is another.
    expect(key).not.toBe(1);
    expect(await scan(`"c${key}"`)).toEqual([]);
    expect(await scan(`"c${key}" OR "nothing"`)).toEqual([]);
    expect(await scan('"c1"')).toEqual(["c1-english"]);
    expect(await scan('"badge" AND "weekly"')).toEqual(["top-rated-badge-delay"]);
  });
});
