import { expect, it } from "vitest";
import { describeEachEngine } from "./contract-engines.js";
import { at, freshCommunity, moderator, sampleEntry } from "./contract-fixtures.js";

const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");
const t2 = at("2026-11-03T10:00:00.000Z");
const t3 = at("2026-11-04T10:00:00.000Z");

const slugs = (entries: readonly { slug: string }[]) => entries.map((entry) => entry.slug);

describeEachEngine("FAQ listings a page at a time", ({ engine }) => {
  /** Five published entries over three tags (one untagged, one tagged "other") and one archived. */
  async function listedFaq() {
    const { faq, id } = await freshCommunity(engine(), "listing");
    const add = (slug: string, tags: string[], when: Date) =>
      faq.entries.add(sampleEntry({ slug, tags, question: `About ${slug}?` }), moderator, when);
    await add("a-one", ["fees"], t0);
    await add("b-two", ["fees", "jss"], t2);
    await add("c-three", [], t1);
    await add("d-four", ["other"], t3);
    await add("e-five", ["fees"], t1);
    await add("f-six", ["jss", "fees"], t3);
    await faq.entries.archive("f-six", {}, moderator, t3);
    return { entries: faq.entries, id };
  }

  it("pages published entries in slug order, by exact tag, leaving out the slugs it is told to", async () => {
    const { entries } = await listedFaq();
    const page = (offset: number, limit: number) => ({ offset, limit });
    expect(slugs(await entries.pagePublished({}, "slug", page(0, 2)))).toEqual(["a-one", "b-two"]);
    expect(slugs(await entries.pagePublished({}, "slug", page(2, 10)))).toEqual([
      "c-three",
      "d-four",
      "e-five",
    ]);
    expect(await entries.pagePublished({}, "slug", page(5, 10))).toEqual([]);
    expect(slugs(await entries.pagePublished({ tag: "fees" }, "slug", page(1, 5)))).toEqual([
      "b-two",
      "e-five",
    ]);
    expect(await entries.pagePublished({ tag: "FEES" }, "slug", page(0, 5))).toEqual([]);
    const withoutTwo = { excludingSlugs: ["b-two", "no-such-entry"] };
    expect(slugs(await entries.pagePublished(withoutTwo, "slug", page(1, 2)))).toEqual(["c-three", "d-four"]);
    expect(
      slugs(await entries.pagePublished({ tag: "fees", excludingSlugs: ["a-one"] }, "slug", page(0, 5))),
    ).toEqual(["b-two", "e-five"]);
    // Whole entries, as getBySlug reads them.
    expect((await entries.pagePublished({}, "slug", page(0, 1)))[0]).toEqual(
      await entries.getBySlug("a-one"),
    );
  });

  it("lists the most recently changed first, ties in slug order", async () => {
    const { entries } = await listedFaq();
    expect(slugs(await entries.pagePublished({}, "newest", { offset: 0, limit: 10 }))).toEqual([
      "d-four",
      "b-two",
      "c-three",
      "e-five",
      "a-one",
    ]);
    expect(
      slugs(await entries.pagePublished({ excludingSlugs: ["d-four"] }, "newest", { offset: 1, limit: 2 })),
    ).toEqual(["c-three", "e-five"]);
  });

  it("counts what a selection covers", async () => {
    const { entries } = await listedFaq();
    expect(await entries.countSelected({})).toBe(5);
    expect(await entries.countSelected({ tag: "fees" })).toBe(3);
    expect(await entries.countSelected({ tag: "jss" })).toBe(1);
    expect(await entries.countSelected({ tag: "Fees" })).toBe(0);
    expect(await entries.countSelected({ excludingSlugs: ["a-one", "f-six"] })).toBe(4);
    expect(await entries.countSelected({ tag: "fees", excludingSlugs: ["a-one", "b-two"] })).toBe(1);
  });

  it("gives each tag its size and first entries, untagged ones under the name it is given", async () => {
    const { entries } = await listedFaq();
    const heads = await entries.tagHeads({}, { perTag: 2, untaggedAs: "other" });
    expect(heads.map((head) => [head.tag, head.count, slugs(head.first)])).toEqual([
      ["fees", 3, ["a-one", "b-two"]],
      ["jss", 1, ["b-two"]],
      ["other", 2, ["c-three", "d-four"]],
    ]);
    expect(heads[0]?.first[1]).toEqual(await entries.getBySlug("b-two"));
    const without = await entries.tagHeads(
      { excludingSlugs: ["b-two", "c-three"] },
      { perTag: 1, untaggedAs: "untagged" },
    );
    expect(without.map((head) => [head.tag, head.count, slugs(head.first)])).toEqual([
      ["fees", 2, ["a-one"]],
      ["other", 1, ["d-four"]],
    ]);
  });

  it("orders tag groups as their first entries come, each entry's tags as it lists them", async () => {
    const { faq } = await freshCommunity(engine(), "listing");
    await faq.entries.add(sampleEntry({ slug: "a-first", tags: ["zeta", "alpha"] }), moderator, t0);
    await faq.entries.add(sampleEntry({ slug: "b-second", tags: ["beta", "alpha"] }), moderator, t0);
    const heads = await faq.entries.tagHeads({}, { perTag: 5, untaggedAs: "other" });
    expect(heads.map((head) => [head.tag, head.count])).toEqual([
      ["zeta", 1],
      ["alpha", 2],
      ["beta", 1],
    ]);
  });

  it("reads the published entries among some slugs, in slug order", async () => {
    const { entries } = await listedFaq();
    expect(slugs(await entries.listPublishedWithSlugs(["e-five", "f-six", "a-one", "nope"]))).toEqual([
      "a-one",
      "e-five",
    ]);
    expect(await entries.listPublishedWithSlugs([])).toEqual([]);
  });

  it("reads nothing of another community", async () => {
    const { entries } = await listedFaq();
    const other = (await freshCommunity(engine(), "listing")).faq.entries;
    await other.add(sampleEntry({ slug: "a-one", tags: ["fees"] }), moderator, t0);
    expect(await entries.countSelected({ tag: "fees" })).toBe(3);
    expect(await other.tagHeads({}, { perTag: 5, untaggedAs: "other" })).toMatchObject([
      { tag: "fees", count: 1 },
    ]);
  });
});
