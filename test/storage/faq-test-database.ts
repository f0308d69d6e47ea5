import type { FaqActor, FaqEntryInput } from "../../src/core/faq/types.js";
import type { CommunityFaq } from "../../src/ports/services.js";
import { scopeToCommunity } from "../../src/services/scope-to-community.js";
import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";

/** The community the store tests work in (a second one proves nothing leaks between them). */
export const testCommunity = "test-community";

/** A fresh in-memory database with the real migrations, and the FAQ stores of one community over it. */
export function openTestFaqStore(community = testCommunity) {
  const database = openDatabase(":memory:");
  const stores = createSqliteStores(database);
  const addCommunity = (id: string) =>
    database.sqlite
      .prepare("insert or ignore into communities (id, created_at) values (?, ?)")
      .run(id, "2026-11-01T00:00:00Z");
  addCommunity(community);
  const scoped = (community: string) =>
    Object.fromEntries(
      Object.entries(stores.faq).map(([name, port]) => [name, scopeToCommunity(port, community)]),
    ) as CommunityFaq;
  const store = scoped(community);
  /** What `npm run faq` is given: the stores, and a directory that creates communities without a pack. */
  const cliDeps = {
    stores,
    communities: {
      ensure: async (id: string) => void (await stores.communities.ensureCommunity(id, new Date())),
    },
  };
  const auditRows = () =>
    database.sqlite
      .prepare(
        "select actor, platform, space_id as community, action, target, detail from audit_log order by id",
      )
      .all() as {
      actor: string;
      platform: string;
      community: string;
      action: string;
      target: string;
      detail: string;
    }[];
  const revisionCount = () =>
    (database.sqlite.prepare("select count(*) as n from faq_revisions").get() as { n: number }).n;
  /** Every row of every table except the FTS shadow tables, to prove a refused write changed nothing. */
  const snapshot = () => {
    const tables = ["faq_entries", "faq_revisions", "faq_suggestions", "audit_log", "community_settings"];
    return Object.fromEntries(
      tables.map((table) => [table, database.sqlite.prepare(`select * from ${table} order by id`).all()]),
    );
  };
  /** Slugs the full-text index holds for a raw FTS5 expression, any status. */
  const indexed = (expression: string) =>
    (
      database.sqlite
        .prepare(
          "select e.slug from faq_fts join faq_entries e on e.id = faq_fts.rowid where faq_fts match ? order by e.slug",
        )
        .all(expression) as { slug: string }[]
    ).map((row) => row.slug);
  return {
    database,
    stores,
    store,
    scoped,
    addCommunity,
    cliDeps,
    auditRows,
    revisionCount,
    snapshot,
    indexed,
  };
}

export const moderator: FaqActor = { platform: "console", spaceId: "test-community", userId: "mod-1" };
export const otherModerator: FaqActor = { platform: "discord", spaceId: "guild-1", userId: "mod-2" };

export const at = (iso: string) => new Date(iso);

export function sampleEntry(overrides: Partial<FaqEntryInput> = {}): FaqEntryInput {
  return {
    slug: "top-rated-badge-delay",
    question: "How long until the Top Rated badge shows up?",
    answer: "The badge usually appears a few days after the weekly status check.",
    aliases: ["TR badge delay", "when does top rated appear"],
    tags: ["top-rated", "badges"],
    sources: ["https://support.upwork.com/hc/en-us/articles/360049702614"],
    criteria: ["top_rated.jss_current"],
    reviewBy: "2027-01-01",
    ...overrides,
  };
}
