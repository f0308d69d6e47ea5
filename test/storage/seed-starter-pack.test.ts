import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seedStarterPackIfEmpty } from "../../src/faq/seed-starter-pack.js";
import { at, moderator, openTestFaqStore, sampleEntry } from "./faq-test-database.js";

const now = at("2026-11-20T12:00:00.000Z");
const fixture = fileURLToPath(new URL("../fixtures/faq/small-pack.json", import.meta.url));

describe("seedStarterPackIfEmpty", () => {
  it("loads the shipped starter pack into an empty database, once", () => {
    const { store } = openTestFaqStore();
    const seeded = seedStarterPackIfEmpty(store, now);
    expect(seeded.seeded).toBe(true);
    expect(store.countPublished()).toBeGreaterThanOrEqual(30);
    expect(store.findCandidates('"badge"', 3).length).toBeGreaterThan(0);
    expect(seedStarterPackIfEmpty(store, now)).toEqual({ seeded: false, reason: "not-empty" });
  });

  it("does not reseed a community that archived everything", () => {
    const { store } = openTestFaqStore();
    store.add(sampleEntry(), moderator, now);
    store.archive(sampleEntry().slug, {}, moderator, now);
    expect(seedStarterPackIfEmpty(store, now, fixture)).toEqual({ seeded: false, reason: "not-empty" });
    expect(store.countPublished()).toBe(0);
  });

  it("reads another pack when given its path", () => {
    const { store } = openTestFaqStore();
    expect(seedStarterPackIfEmpty(store, now, fixture)).toMatchObject({
      seeded: true,
      outcome: { added: ["jss-calculation", "conversion-fee", "availability-badge"] },
    });
  });
});
