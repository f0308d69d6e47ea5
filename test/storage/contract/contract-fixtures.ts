import type { CommunityId } from "../../../src/core/community.js";
import type { CommunityFaq } from "../../../src/ports/services.js";
import type { Stores } from "../../../src/ports/stores.js";
import { scopeToCommunity } from "../../../src/services/scope-to-community.js";
import type { OpenEngine } from "./contract-engines.js";

export { at, moderator, otherModerator, sampleEntry } from "../faq-test-database.js";

let communities = 0;

/** A community id no other test of the run uses (tests of a file share one database). */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++communities}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The FAQ stores as a command sees them: bound to one community. */
export function faqOf(stores: Stores, community: CommunityId): CommunityFaq {
  return Object.fromEntries(
    Object.entries(stores.faq).map(([name, port]) => [name, scopeToCommunity(port, community)]),
  ) as CommunityFaq;
}

export interface AuditRow {
  actor: string;
  platform: string;
  /** The space the moderator acted in (the audit log's space_id). */
  space: string;
  action: string;
  target: string;
  /** The detail as an object, whether the engine stores JSON text or a JSON column. */
  detail: Record<string, unknown>;
}

/**
 * A new community in the engine's database, its FAQ, and the reads the tests check writes with:
 * its audit rows, its revision count, and a snapshot of every row it owns.
 */
export async function freshCommunity(engine: OpenEngine, prefix = "community") {
  const id = uniqueId(prefix);
  await engine.stores.communities.ensureCommunity(id, new Date("2026-11-01T00:00:00Z"));
  const auditRows = async (): Promise<AuditRow[]> =>
    (
      await engine.rows<Omit<AuditRow, "detail"> & { detail: unknown }>(
        "select actor, platform, space_id as space, action, target, detail from audit_log where community_id = ? order by id",
        id,
      )
    ).map((row) => ({
      ...row,
      detail: (typeof row.detail === "string" ? JSON.parse(row.detail) : row.detail) as Record<
        string,
        unknown
      >,
    }));
  const revisionCount = async () => {
    const [row] = await engine.rows<{ n: number | string }>(
      "select count(*) as n from faq_revisions r join faq_entries e on e.id = r.entry_id where e.community_id = ?",
      id,
    );
    return Number(row?.n ?? 0);
  };
  /** Every row the community owns, to prove a refused write changed nothing. */
  const snapshot = async () => {
    const owned = ["faq_entries", "faq_suggestions", "audit_log", "community_settings"];
    const tables: Record<string, unknown[]> = {};
    for (const table of owned) {
      tables[table] = await engine.rows(`select * from ${table} where community_id = ? order by id`, id);
    }
    tables.faq_revisions = await engine.rows(
      "select r.* from faq_revisions r join faq_entries e on e.id = r.entry_id where e.community_id = ? order by r.id",
      id,
    );
    return tables;
  };
  return { id, faq: faqOf(engine.stores, id), auditRows, revisionCount, snapshot };
}
