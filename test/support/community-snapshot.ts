import type BetterSqlite3 from "better-sqlite3";

type Row = Record<string, unknown>;

/** Every row one community owns, table by table, read straight from SQLite. */
export type CommunitySnapshot = Record<string, Row[]>;

// Bookkeeping that belongs to no community: the migrations log, AUTOINCREMENT counters, and the
// internals of the FTS5 index (its rows are read through `faq_fts` itself, by community).
const notOwned = new Set(["__drizzle_migrations", "sqlite_sequence"]);
const ftsInternals = /^faq_fts_(config|data|docsize|idx|content)$/;

interface TableShape {
  name: string;
  columns: string[];
  parents: { column: string; table: string; parentColumn: string }[];
}

function tableShapes(sqlite: BetterSqlite3.Database): TableShape[] {
  const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return names
    .map(({ name }) => name)
    .filter((name) => !notOwned.has(name) && !ftsInternals.test(name))
    .map((name) => ({
      name,
      columns: (sqlite.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map(
        (column) => column.name,
      ),
      parents: (
        sqlite.prepare(`PRAGMA foreign_key_list("${name}")`).all() as {
          from: string;
          table: string;
          to: string;
        }[]
      ).map((key) => ({ column: key.from, table: key.table, parentColumn: key.to })),
    }));
}

/** How to select one community's rows of a table, or null when the table says nothing about it. */
function ownershipFilter(table: TableShape, shapes: Map<string, TableShape>): string | null {
  if (table.name === "communities") return "id = @community";
  if (table.columns.includes("community_id")) return "community_id = @community";
  // Delivery ids seen by any instance (Slack retries) carry no community's data: none of its rows
  // belong to one, so a community's snapshot holds none of them.
  if (table.name === "seen_deliveries") return "0";
  // The contentless search index cannot give its text back; which rows carry the community's
  // token (`c<key>`) is what it can show.
  if (table.name === "faq_fts")
    return `faq_fts MATCH 'community:"c' || (SELECT key FROM communities WHERE id = @community) || '"'`;
  // A child row (a revision, a feedback click) belongs to whoever owns its required parent.
  for (const parent of table.parents) {
    if (shapes.get(parent.table)?.columns.includes("community_id")) {
      return `"${parent.column}" IN (SELECT "${parent.parentColumn}" FROM "${parent.table}" WHERE community_id = @community)`;
    }
  }
  return null;
}

/**
 * The whole state of a community: its entries, revisions, search index rows, queue, settings,
 * audit log, link codes, spaces, thread answers, feedback and unanswered questions. A table added
 * later that this cannot attribute to a community fails the test here, rather than going unseen.
 */
export function communitySnapshot(sqlite: BetterSqlite3.Database, community: string): CommunitySnapshot {
  const shapes = tableShapes(sqlite);
  const byName = new Map(shapes.map((shape) => [shape.name, shape]));
  const snapshot: CommunitySnapshot = {};
  for (const table of shapes) {
    // Slack event ids seen by any replica (the retry dedupe) are delivery bookkeeping of no community.
    if (table.name === "seen_deliveries") continue;
    const filter = ownershipFilter(table, byName);
    if (filter === null) {
      throw new Error(`community snapshot: table ${table.name} has no community; teach ownershipFilter`);
    }
    const columns = table.name === "faq_fts" ? "rowid" : "*";
    snapshot[table.name] = sqlite
      .prepare(`SELECT ${columns} FROM "${table.name}" WHERE ${filter} ORDER BY rowid`)
      .all({ community }) as Row[];
  }
  return snapshot;
}

/** Every community's snapshot, keyed by community id. */
export function everyCommunitySnapshot(sqlite: BetterSqlite3.Database): Record<string, CommunitySnapshot> {
  const ids = sqlite.prepare("SELECT id FROM communities ORDER BY id").all() as { id: string }[];
  return Object.fromEntries(ids.map(({ id }) => [id, communitySnapshot(sqlite, id)]));
}

/** The rows of `after` that `before` did not have, per table (tables with none are left out). */
export function addedRows(before: CommunitySnapshot, after: CommunitySnapshot): CommunitySnapshot {
  const added: CommunitySnapshot = {};
  for (const [table, rows] of Object.entries(after)) {
    const seen = new Set((before[table] ?? []).map((row) => JSON.stringify(row)));
    const fresh = rows.filter((row) => !seen.has(JSON.stringify(row)));
    if (fresh.length > 0) added[table] = fresh;
  }
  return added;
}

/** `after` minus the added rows must be `before` exactly: nothing changed or disappeared. */
export function withoutAdded(after: CommunitySnapshot, added: CommunitySnapshot): CommunitySnapshot {
  return Object.fromEntries(
    Object.entries(after).map(([table, rows]) => {
      const fresh = new Set((added[table] ?? []).map((row) => JSON.stringify(row)));
      return [table, rows.filter((row) => !fresh.has(JSON.stringify(row)))];
    }),
  );
}

/**
 * Resolves with the community's snapshot once `ready` holds, polling: a silent thread answer
 * shows itself only in the database, with no request to the fake that could wake a waiter.
 */
export async function waitForSnapshot(
  sqlite: BetterSqlite3.Database,
  community: string,
  ready: (snapshot: CommunitySnapshot) => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<CommunitySnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = communitySnapshot(sqlite, community);
    if (ready(snapshot)) return snapshot;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
