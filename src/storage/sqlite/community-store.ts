import { and, asc, eq, isNull } from "drizzle-orm";
import { type CommunityId, defaultCommunityId, type Space } from "../../core/community.js";
import { pickFaqContent } from "../../core/faq/types.js";
import type { CommunityStore } from "../../ports/community-store.js";
import {
  linkCodeAudit,
  linkCodeValues,
  placeOf,
  redeemable,
  starterMarkOf,
} from "../shared/community-rows.js";
import { writeAudit, writeAuditEvent } from "./audit.js";
import { entryFromRow } from "./faq-rows.js";
import { moveCommunityRows } from "./move-community-rows.js";
import { communities, communityLinkCodes, communitySpaces } from "./schema/communities.js";
import { communitySettings } from "./schema/community-settings.js";
import { faqEntries } from "./schema/faq.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

/** Communities and their spaces over SQLite; every change is one IMMEDIATE transaction. */
export function createSqliteCommunityStore(handle: SqliteHandle): CommunityStore {
  const { db, write, entryWrites } = handle;

  const spaceRow = (tx: Database, space: Space) =>
    tx
      .select()
      .from(communitySpaces)
      .where(and(eq(communitySpaces.platform, space.platform), eq(communitySpaces.spaceId, space.spaceId)))
      .get();
  const exists = (tx: Database, id: CommunityId) =>
    tx.select({ key: communities.key }).from(communities).where(eq(communities.id, id)).get() !== undefined;
  const create = (tx: Database, id: CommunityId, now: Date) =>
    tx
      .insert(communities)
      .values({ id, name: null, createdAt: now.toISOString() })
      .onConflictDoNothing()
      .run().changes === 1;
  const spacesOf = (tx: Database, id: CommunityId): Space[] =>
    tx
      .select({ platform: communitySpaces.platform, spaceId: communitySpaces.spaceId })
      .from(communitySpaces)
      .where(eq(communitySpaces.communityId, id))
      .orderBy(asc(communitySpaces.platform), asc(communitySpaces.spaceId))
      .all() as Space[];

  return {
    async communityOfSpace(space, now) {
      const known = spaceRow(db, space);
      if (known) return { communityId: known.communityId, created: false };
      return write((tx) => {
        // Another process may have registered the space between the read above and the lock.
        const raced = spaceRow(tx, space);
        if (raced) return { communityId: raced.communityId, created: false };
        const communityId = defaultCommunityId(space);
        const created = create(tx, communityId, now);
        tx.insert(communitySpaces)
          .values({ ...space, communityId, name: null, joinedAt: now.toISOString() })
          .run();
        return { communityId, created };
      });
    },

    async ensureCommunity(id, now) {
      if (exists(db, id)) return { created: false };
      return write((tx) => ({ created: create(tx, id, now) }));
    },

    async get(id) {
      const row = db.select().from(communities).where(eq(communities.id, id)).get();
      if (!row) return null;
      return { id: row.id, name: row.name, createdAt: row.createdAt, spaces: spacesOf(db, id) };
    },

    async listIds() {
      return db
        .select({ id: communities.id })
        .from(communities)
        .orderBy(asc(communities.key))
        .all()
        .map((row) => row.id);
    },

    async issueLinkCode(community, codeHash, actor, now, expiresAt) {
      write((tx) => {
        tx.insert(communityLinkCodes)
          .values(linkCodeValues(codeHash, community, actor, now, expiresAt))
          .run();
        writeAuditEvent(tx, community, actor, linkCodeAudit(expiresAt), now);
      });
    },

    async redeemLinkCode(codeHash, space, actor, now) {
      return write((tx) => {
        const found = tx
          .select()
          .from(communityLinkCodes)
          .where(eq(communityLinkCodes.codeHash, codeHash))
          .get();
        const usable = redeemable(found, now);
        if (!usable.ok) return usable;
        const code = usable.value;
        const previousCommunityId = spaceRow(tx, space)?.communityId ?? defaultCommunityId(space);
        if (previousCommunityId === code.communityId) return { ok: false, code: "same-community" } as const;
        tx.update(communityLinkCodes)
          .set({ usedAt: now.toISOString(), usedBy: placeOf(space) })
          .where(and(eq(communityLinkCodes.id, code.id), isNull(communityLinkCodes.usedAt)))
          .run();
        tx.insert(communitySpaces)
          .values({ ...space, communityId: code.communityId, name: null, joinedAt: now.toISOString() })
          .onConflictDoUpdate({
            target: [communitySpaces.platform, communitySpaces.spaceId],
            set: { communityId: code.communityId, joinedAt: now.toISOString() },
          })
          .run();
        const detail = { space: placeOf(space), from: previousCommunityId, to: code.communityId };
        writeAudit(tx, code.communityId, actor, "community.join", "community", detail, now);
        writeAudit(tx, previousCommunityId, actor, "community.leave", "community", detail, now);
        return { ok: true, value: { communityId: code.communityId, previousCommunityId } } as const;
      });
    },

    async unlink(space, newCommunity, actor, now) {
      return write((tx) => {
        const current = spaceRow(tx, space);
        if (!current || spacesOf(tx, current.communityId).length < 2)
          return { ok: false, code: "not-linked" } as const;
        if (!create(tx, newCommunity, now)) return { ok: false, code: "taken" } as const;
        const from = current.communityId;
        // The space that leaves takes a copy of the FAQ as it is now, as fresh entries of its own.
        const published = tx
          .select()
          .from(faqEntries)
          .where(and(eq(faqEntries.communityId, from), eq(faqEntries.status, "published")))
          .all();
        for (const row of published) {
          const starter = starterMarkOf(row);
          entryWrites.insertEntry(newCommunity, pickFaqContent(entryFromRow(row)), now, starter);
        }
        const settings = tx
          .select()
          .from(communitySettings)
          .where(eq(communitySettings.communityId, from))
          .get();
        if (settings) {
          tx.insert(communitySettings)
            .values({ communityId: newCommunity, settings: settings.settings, updatedAt: now.toISOString() })
            .run();
        }
        tx.update(communitySpaces)
          .set({ communityId: newCommunity, joinedAt: now.toISOString() })
          .where(
            and(eq(communitySpaces.platform, space.platform), eq(communitySpaces.spaceId, space.spaceId)),
          )
          .run();
        const detail = { space: placeOf(space), from, to: newCommunity, copiedEntries: published.length };
        writeAudit(tx, from, actor, "community.unlink", "community", detail, now);
        writeAudit(tx, newCommunity, actor, "community.unlink", "community", detail, now);
        return { ok: true, value: { communityId: newCommunity, copiedEntries: published.length } } as const;
      });
    },

    async moveCommunity(from, to, actor, now) {
      if (from === to) return { ok: false, code: "same" } as const;
      return write((tx) => {
        if (!exists(tx, from) || !exists(tx, to)) return { ok: false, code: "not-found" } as const;
        const moved = moveCommunityRows(tx, from, to);
        if (!moved.ok) return moved;
        writeAudit(tx, to, actor, "community.move", "community", { from, to, ...moved.value }, now);
        return moved;
      });
    },
  };
}
