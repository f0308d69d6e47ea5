import type BetterSqlite3 from "better-sqlite3";
import { sameContent } from "../../core/faq/import/plan-faq-import.js";
import { pickRevisedText } from "../../core/faq/types.js";
import { insertedEntryOf, replacedEntryOf } from "../shared/faq-entry-results.js";
import type { FaqEntryWrites } from "../shared/faq-entry-writes.js";
import { listsAsJson } from "./faq-rows.js";

/**
 * The writes to faq_entries and faq_revisions, prepared once per connection. Preparing a statement
 * on faq_entries also compiles its FTS triggers (about 0.3 ms each time), which made a query built
 * per row dominate bulk imports; prepared statements bring a 100,000-entry import down to seconds.
 * They run inside whatever transaction the caller has open on the same connection.
 */
export function prepareFaqEntryWrites(sqlite: BetterSqlite3.Database): FaqEntryWrites<"now"> {
  const insert = sqlite.prepare(`
    INSERT INTO faq_entries
      (community_id, slug, question, answer, aliases, tags, sources, criteria, owner, review_by, status, version,
       created_at, updated_at, starter_slug, starter_hash)
    VALUES
      (@community, @slug, @question, @answer, @aliases, @tags, @sources, @criteria, @owner, @reviewBy, 'published', 1,
       @at, @at, @starterSlug, @starterHash)`);
  const insertRevision = sqlite.prepare(`
    INSERT INTO faq_revisions
      (entry_id, version, question, answer, aliases, tags, sources, criteria, review_by, changed_by, changed_at, reason)
    VALUES
      (@entryId, @version, @question, @answer, @aliases, @tags, @sources, @criteria, @reviewBy, @changedBy, @at, @reason)`);
  const updateContent = sqlite.prepare(`
    UPDATE faq_entries
    SET question = @question, answer = @answer, aliases = @aliases, tags = @tags, sources = @sources,
        criteria = @criteria, owner = @owner, review_by = @reviewBy, version = version + 1, updated_at = @at,
        review_flag = NULL
    WHERE id = @id AND version = @version`);
  const updateStatus = sqlite.prepare("UPDATE faq_entries SET status = ? WHERE id = ?");
  const communityExists = sqlite.prepare<[string], { found: number }>(
    "SELECT 1 AS found FROM communities WHERE id = ?",
  );

  const writes: FaqEntryWrites<"now"> = {
    insertEntry(community, entry, now, starter) {
      // The full-text index names the entry's community by its key: an entry of a community that
      // does not exist would be unsearchable, so it is a bug, not a state to store.
      if (!communityExists.get(community))
        throw new Error(`no community ${community} to add ${entry.slug} to`);
      const at = now.toISOString();
      const info = insert.run({
        ...entry,
        ...listsAsJson(entry),
        community,
        at,
        starterSlug: starter?.slug ?? null,
        starterHash: starter?.fingerprint ?? null,
      });
      return insertedEntryOf(Number(info.lastInsertRowid), entry, at);
    },

    // One prepared insert a row is already fast here: there is no round trip to save.
    insertEntries(community, items, now, onBatch) {
      return items.map(({ entry, starter }) => {
        const inserted = writes.insertEntry(community, entry, now, starter);
        onBatch?.(1);
        return inserted;
      });
    },

    replaceContent(current, next, reason, actor, now) {
      if (sameContent(current, next)) return { entry: current, changed: false };
      const at = now.toISOString();
      const previous = pickRevisedText(current);
      insertRevision.run({
        entryId: current.id,
        version: current.version,
        ...previous,
        ...listsAsJson(previous),
        changedBy: actor.userId,
        at,
        reason,
      });
      // The version in the WHERE clause cannot miss inside the caller's IMMEDIATE transaction;
      // if it ever did, the throw rolls the revision back with it.
      const info = updateContent.run({
        ...next,
        ...listsAsJson(next),
        id: current.id,
        version: current.version,
        at,
      });
      if (info.changes !== 1)
        throw new Error(`faq entry ${current.slug} changed under an open write transaction`);
      return {
        entry: replacedEntryOf(current, next, at),
        changed: true,
      };
    },

    setStatus(entryId, status) {
      updateStatus.run(status, entryId);
    },
  };
  return writes;
}
