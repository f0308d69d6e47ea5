import { readFileSync } from "node:fs";
import { loadStarterPack, starterPackPath } from "../src/content/seed-starter-pack.js";
import { createCommunityDirectory } from "../src/services/community-directory.js";
import { FaqSearch } from "../src/services/faq-search.js";
import { silentLogger } from "../src/services/silent-logger.js";
import { openDatabase } from "../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../src/storage/sqlite/sqlite-stores.js";

const file = JSON.parse(readFileSync(process.argv[2] ?? "test/fixtures/eval-messages.json", "utf8"));
const db = openDatabase(":memory:");
const now = new Date("2026-11-26T00:00:00Z");
const stores = createSqliteStores(db, { clock: () => now });
const dir = createCommunityDirectory(stores, loadStarterPack(starterPackPath), silentLogger);
const c = await dir.communityOf({ platform: "console", spaceId: "x" }, now);
const s = new FaqSearch(stores.faq.candidates);
let missing = 0,
  n = 0;
const counts: number[] = [];
for (const m of file.messages) {
  if (!m.expected) continue;
  const t = await s.trace(c, m.text);
  if (!t.language.readable) continue;
  n++;
  counts.push(t.candidates.length);
  if (!t.candidates.some((x) => x.slug === m.expected)) {
    missing++;
    console.log("MISSING", m.expected, "|", m.text.slice(0, 120), "| got", t.candidates.length);
  }
}
console.log({ n, missing, meanCands: counts.reduce((a, b) => a + b, 0) / counts.length });
