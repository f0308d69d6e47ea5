import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seedStarterPackIfEmpty } from "../../src/content/seed-starter-pack.js";
import { at, moderator, openTestFaqStore, sampleEntry } from "./faq-test-database.js";

const now = at("2026-11-20T12:00:00.000Z");
const fixture = fileURLToPath(new URL("../fixtures/faq/small-pack.json", import.meta.url));

describe("seedStarterPackIfEmpty", () => {
  it("loads the shipped starter pack into an empty database, once", async () => {
    const { store } = openTestFaqStore();
    const seeded = await seedStarterPackIfEmpty(store, now);
    expect(seeded.seeded).toBe(true);
    expect(await store.entries.countPublished()).toBeGreaterThanOrEqual(30);
    expect((await store.candidates.findCandidates('"badge"', 3)).length).toBeGreaterThan(0);
    expect(await seedStarterPackIfEmpty(store, now)).toEqual({ seeded: false, reason: "not-empty" });
  });

  it("does not reseed a community that archived everything", async () => {
    const { store } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, now);
    await store.entries.archive(sampleEntry().slug, {}, moderator, now);
    expect(await seedStarterPackIfEmpty(store, now, fixture)).toEqual({ seeded: false, reason: "not-empty" });
    expect(await store.entries.countPublished()).toBe(0);
  });

  it("reads another pack when given its path", async () => {
    const { store } = openTestFaqStore();
    expect(await seedStarterPackIfEmpty(store, now, fixture)).toMatchObject({
      seeded: true,
      outcome: { added: ["jss-calculation", "conversion-fee", "availability-badge"] },
    });
  });
});
