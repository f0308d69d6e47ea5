import { afterEach, describe, expect, it } from "vitest";
import { type ContractEngine, contractEngines, type OpenEngine } from "./contract-engines.js";
import { at, faqOf, moderator, sampleEntry } from "./contract-fixtures.js";

/** Every table the stores write; a migration that forgot one fails the count on it. */
const tables = [
  "communities",
  "community_spaces",
  "community_link_codes",
  "community_settings",
  "faq_entries",
  "faq_revisions",
  "faq_suggestions",
  "audit_log",
  "thread_answers",
  "thread_feedback",
  "thread_offer_clicks",
  "unanswered_questions",
  "channel_answer_times",
  "faq_wording_demotions",
];

async function applied(kind: ContractEngine, engine: OpenEngine) {
  const [row] = await engine.rows<{ n: number | string; distinct_hashes: number | string }>(
    `select count(*) as n, count(distinct hash) as distinct_hashes from ${kind.migrationsTable}`,
  );
  return { n: Number(row?.n), distinct: Number(row?.distinct_hashes) };
}

describe.each(contractEngines.map((kind) => [kind.name, kind] as const))("migrations [%s]", (_name, kind) => {
  const open: OpenEngine[] = [];
  afterEach(async () => {
    for (const engine of open.splice(0)) await engine.close();
  });
  const track = (engine: OpenEngine) => {
    open.push(engine);
    return engine;
  };

  it("build every table on an empty database, and a second start applies nothing", async () => {
    const where = await kind.createDatabase("migrations-twice");
    const first = track(await kind.open(where));
    for (const table of tables)
      expect(await first.rows(`select count(*) as n from ${table}`), table).toHaveLength(1);
    const once = await applied(kind, first);
    expect(once.n).toBeGreaterThan(0);
    expect(once.distinct).toBe(once.n);
    await first.stores.communities.ensureCommunity("kept", at("2026-11-01T00:00:00Z"));
    await faqOf(first.stores, "kept").entries.add(sampleEntry(), moderator, at("2026-11-01T00:00:00Z"));
    await first.close();
    open.splice(0);

    const again = track(await kind.open(where));
    expect(await applied(kind, again)).toEqual(once);
    expect(await faqOf(again.stores, "kept").entries.allSlugs()).toEqual(["top-rated-badge-delay"]);
  });

  it("let two instances migrate a fresh database at the same time, both starting", async () => {
    for (let round = 0; round < 3; round++) {
      const where = await kind.createDatabase(`migrations-race-${round}`);
      const results = await Promise.allSettled([kind.open(where), kind.open(where), kind.open(where)]);
      for (const result of results) if (result.status === "fulfilled") track(result.value);
      expect(results.map((result) => (result.status === "rejected" ? String(result.reason) : "ok"))).toEqual([
        "ok",
        "ok",
        "ok",
      ]);
      const [engine] = open;
      if (!engine) throw new Error("no instance opened");
      const counts = await applied(kind, engine);
      expect(counts.distinct).toBe(counts.n);
      for (const started of open.splice(0)) await started.close();
    }
  });
});
