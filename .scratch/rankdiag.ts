import { readFileSync } from "node:fs";
import { loadStarterPack, starterPackPath } from "../src/content/seed-starter-pack.js";
import { foldOf } from "../src/core/faq/evaluate/fold-of.js";
import { fitRanker } from "../src/core/faq/learn/fit-ranker.js";
import { scoreMessage } from "../src/core/faq/learn/training-message.js";
import { RANKING_FEATURES } from "../src/core/faq/match-features.js";
import { createCommunityDirectory } from "../src/services/community-directory.js";
import { FaqSearch } from "../src/services/faq-search.js";
import { silentLogger } from "../src/services/silent-logger.js";
import { openDatabase } from "../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../src/storage/sqlite/sqlite-stores.js";

const file = JSON.parse(readFileSync(process.env.MSGS ?? "test/fixtures/eval-messages.json", "utf8"));
const db = openDatabase(":memory:");
const now = new Date("2026-11-26T00:00:00Z");
const stores = createSqliteStores(db, { clock: () => now });
const dir = createCommunityDirectory(stores, loadStarterPack(starterPackPath), silentLogger);
const c = await dir.communityOf({ platform: "console", spaceId: "x" }, now);
const s = new FaqSearch(stores.faq.candidates);
const prepared = [];
for (const m of file.messages) {
  const t = await s.trace(c, m.text);
  prepared.push({
    m,
    fold: foldOf(m.text, 5),
    tr: {
      expected: m.expected,
      candidates: t.candidates.map((x, i) => ({ slug: x.slug, features: t.features[i] ?? [] })),
      foreign: t.query.foreign,
      otherPlatform: t.query.otherPlatform,
      decided: true,
    },
  });
}
let right = 0,
  n = 0;
const verbose = process.argv.includes("-v");
for (let fold = 0; fold < 5; fold++) {
  const w = fitRanker(
    prepared.filter((p) => p.fold !== fold).map((p) => p.tr),
    { featureCount: RANKING_FEATURES.length },
  );
  if (fold === 0) console.log(RANKING_FEATURES.map((f, i) => `${f}=${w[i]?.toFixed(2)}`).join(" "));
  for (const p of prepared.filter((p) => p.fold === fold && p.m.expected)) {
    n++;
    const cands = p.tr.candidates
      .map((cd) => ({
        slug: cd.slug,
        f: cd.features,
        s: cd.features.reduce((a, v, i) => a + v * (w[i] ?? 0), 0),
      }))
      .sort((a, b) => b.s - a.s);
    if (cands[0]?.slug === p.m.expected) {
      right++;
      continue;
    }
    if (!verbose) continue;
    const e = cands.find((x) => x.slug === p.m.expected);
    const fmt = (x: any) =>
      x ? `${x.slug} ${x.s.toFixed(2)} [${x.f.map((v: number) => v.toFixed(2)).join(" ")}]` : "absent";
    console.log(`\n${p.m.text.slice(0, 140)}\n  top: ${fmt(cands[0])}\n  exp: ${fmt(e)}`);
  }
}
console.log({ right, n, acc: right / n });
