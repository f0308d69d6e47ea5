import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { loadStarterPack } from "../../../src/content/seed-starter-pack.js";
import { contentFingerprint } from "../../../src/core/faq/content-fingerprint.js";
import type { StarterPackEntry } from "../../../src/ports/faq-transfer-store.js";
import { starterPackActor } from "../../../src/services/community-directory.js";
import { describeEachEngine } from "./contract-engines.js";
import { at, freshCommunity, moderator, sampleEntry } from "./contract-fixtures.js";

const now = at("2026-11-20T12:00:00.000Z");
const later = at("2026-12-20T12:00:00.000Z");
const fixture = fileURLToPath(new URL("../../fixtures/faq/small-pack.json", import.meta.url));

/** The fixture pack with one entry's answer corrected, as a later release would ship it. */
function correctedPack(slug: string, answer: string): StarterPackEntry[] {
  return loadStarterPack(fixture).map((entry) => {
    if (entry.content.slug !== slug) return entry;
    const content = { ...entry.content, answer };
    return { content, fingerprint: contentFingerprint(content) };
  });
}

describeEachEngine("starter-pack copies", ({ engine }) => {
  it("a new community starts with the shipped pack, and applying it again changes nothing", async () => {
    const { faq: store } = await freshCommunity(engine());
    const pack = loadStarterPack();
    const first = await store.transfer.applyStarterPack(pack, starterPackActor, now);
    expect(first.added).toHaveLength(pack.length);
    expect(await store.entries.countPublished()).toBe(pack.length);
    expect((await store.candidates.findCandidates('"badge"', 3)).length).toBeGreaterThan(0);
    expect(await store.transfer.applyStarterPack(pack, starterPackActor, later)).toEqual({
      added: [],
      corrected: [],
      flagged: [],
    });
  });

  it("does not bring back an entry the community archived", async () => {
    const { faq: store } = await freshCommunity(engine());
    const pack = loadStarterPack(fixture);
    await store.transfer.applyStarterPack(pack, starterPackActor, now);
    await store.entries.archive("conversion-fee", { reason: "not for us" }, moderator, now);
    expect((await store.transfer.applyStarterPack(pack, starterPackActor, later)).added).toEqual([]);
    expect((await store.entries.getBySlug("conversion-fee"))?.status).toBe("archived");
  });

  it("never overwrites the community's own entry that shares a slug with the pack", async () => {
    const { faq: store } = await freshCommunity(engine());
    await store.entries.add(
      sampleEntry({ slug: "jss-calculation", answer: "Our own words." }),
      moderator,
      now,
    );
    const outcome = await store.transfer.applyStarterPack(loadStarterPack(fixture), starterPackActor, now);
    expect(outcome.added).toEqual(["conversion-fee", "availability-badge"]);
    expect((await store.entries.getBySlug("jss-calculation"))?.answer).toBe("Our own words.");
  });

  it("a corrected pack entry reaches the copies nobody edited, as a new version with history", async () => {
    const { faq: store } = await freshCommunity(engine());
    await store.transfer.applyStarterPack(loadStarterPack(fixture), starterPackActor, now);
    const outcome = await store.transfer.applyStarterPack(
      correctedPack("conversion-fee", "Corrected in the next release."),
      starterPackActor,
      later,
    );
    expect(outcome).toEqual({ added: [], corrected: ["conversion-fee"], flagged: [] });
    const history = await store.history.history("conversion-fee");
    expect(history?.entry).toMatchObject({
      version: 2,
      answer: "Corrected in the next release.",
      reviewFlag: null,
    });
    expect(history?.revisions[0]?.reason).toBe("starter pack correction");
  });

  it("an edited copy is flagged for review instead, listed as stale, and an edit clears the flag", async () => {
    const { faq: store } = await freshCommunity(engine());
    await store.transfer.applyStarterPack(loadStarterPack(fixture), starterPackActor, now);
    await store.entries.edit(
      "conversion-fee",
      { answer: "Our wording." },
      { reason: "local" },
      moderator,
      now,
    );
    const outcome = await store.transfer.applyStarterPack(
      correctedPack("conversion-fee", "Corrected in the next release."),
      starterPackActor,
      later,
    );
    expect(outcome).toEqual({ added: [], corrected: [], flagged: ["conversion-fee"] });
    const flagged = await store.entries.getBySlug("conversion-fee");
    expect(flagged).toMatchObject({ answer: "Our wording.", version: 2 });
    expect(flagged?.reviewFlag).toMatch(/starter pack/);
    expect((await store.entries.listStale(later)).map((entry) => entry.slug)).toContain("conversion-fee");
    // The same pack again does not flag it a second time, and a moderator's edit clears the flag.
    expect(
      (
        await store.transfer.applyStarterPack(
          correctedPack("conversion-fee", "Corrected in the next release."),
          starterPackActor,
          later,
        )
      ).flagged,
    ).toEqual([]);
    await store.entries.edit(
      "conversion-fee",
      { answer: "Checked." },
      { reason: "reviewed" },
      moderator,
      later,
    );
    expect((await store.entries.getBySlug("conversion-fee"))?.reviewFlag).toBeNull();
  });
});
