import { and, asc, eq, isNull, sql } from "drizzle-orm";
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
import { entryFromRow } from "../sqlite/faq-rows.js";
import { writeAudit, writeAuditEvent } from "./audit.js";
import { entryWritesOn } from "./faq-entry-writes.js";
import { entryColumns } from "./faq-lookups.js";
import { moveCommunityRows } from "./move-community-rows.js";
import { type Database, lockOf, type PostgresHandle } from "./postgres-handle.js";
import { communities, communityLinkCodes, communitySpaces } from "./schema/communities.js";
import { communitySettings } from "./schema/community-settings.js";
import { faqEntries } from "./schema/faq.js";

/**
 * Communities and their spaces over PostgreSQL. Every change to which space belongs where holds
 * the directory lock, so two instances seeing a new space at once register it once.
 */
export function createPostgresCommunityStore({ db, write }: PostgresHandle): CommunityStore {
  const spaceRow = async (tx: Database, space: Space) =>
    (
      await tx
        .select()
        .from(communitySpaces)
        .where(and(eq(communitySpaces.platform, space.platform), eq(communitySpaces.spaceId, space.spaceId)))
    )[0];
  const exists = async (tx: Database, id: CommunityId) =>
    (await tx.select({ key: communities.key }).from(communities).where(eq(communities.id, id))).length > 0;
  const create = async (tx: Database, id: CommunityId, now: Date) =>
    (
      await tx
        .insert(communities)
        .values({ id, name: null, createdAt: now.toISOString() })
        .onConflictDoNothing()
        .returning({ key: communities.key })
    ).length === 1;
  const spacesOf = async (tx: Database, id: CommunityId): Promise<Space[]> =>
    (await tx
      .select({ platform: communitySpaces.platform, spaceId: communitySpaces.spaceId })
      .from(communitySpaces)
      .where(eq(communitySpaces.communityId, id))
      .orderBy(
        sql`${communitySpaces.platform} COLLATE "C"`,
        sql`${communitySpaces.spaceId} COLLATE "C"`,
      )) as Space[];
  const directory = [lockOf.directory];

  return {
    async communityOfSpace(space, now) {
      const known = await spaceRow(db, space);
      if (known) return { communityId: known.communityId, created: false };
      return write(directory, async (tx) => {
        // Another instance may have registered the space between the read above and the lock.
        const raced = await spaceRow(tx, space);
        if (raced) return { communityId: raced.communityId, created: false };
        const communityId = defaultCommunityId(space);
        const created = await create(tx, communityId, now);
        await tx
          .insert(communitySpaces)
          .values({ ...space, communityId, name: null, joinedAt: now.toISOString() });
        return { communityId, created };
      });
    },

    async ensureCommunity(id, now) {
      if (await exists(db, id)) return { created: false };
      return write(directory, async (tx) => ({ created: await create(tx, id, now) }));
    },

    async get(id) {
      const [row] = await db.select().from(communities).where(eq(communities.id, id));
      if (!row) return null;
      return { id: row.id, name: row.name, createdAt: row.createdAt, spaces: await spacesOf(db, id) };
    },

    async listIds() {
      const rows = await db.select({ id: communities.id }).from(communities).orderBy(asc(communities.key));
      return rows.map((row) => row.id);
    },

    async issueLinkCode(community, codeHash, actor, now, expiresAt) {
      await write(directory, async (tx) => {
        await tx
          .insert(communityLinkCodes)
          .values(linkCodeValues(codeHash, community, actor, now, expiresAt));
        await writeAuditEvent(tx, community, actor, linkCodeAudit(expiresAt), now);
      });
    },

    redeemLinkCode: (codeHash, space, actor, now) =>
      write(directory, async (tx) => {
        const [found] = await tx
          .select()
          .from(communityLinkCodes)
          .where(eq(communityLinkCodes.codeHash, codeHash));
        const usable = redeemable(found, now);
        if (!usable.ok) return usable;
        const code = usable.value;
        const previousCommunityId = (await spaceRow(tx, space))?.communityId ?? defaultCommunityId(space);
        if (previousCommunityId === code.communityId) return { ok: false, code: "same-community" } as const;
        await tx
          .update(communityLinkCodes)
          .set({ usedAt: now.toISOString(), usedBy: placeOf(space) })
          .where(and(eq(communityLinkCodes.id, code.id), isNull(communityLinkCodes.usedAt)));
        await tx
          .insert(communitySpaces)
          .values({ ...space, communityId: code.communityId, name: null, joinedAt: now.toISOString() })
          .onConflictDoUpdate({
            target: [communitySpaces.platform, communitySpaces.spaceId],
            set: { communityId: code.communityId, joinedAt: now.toISOString() },
          });
        const detail = { space: placeOf(space), from: previousCommunityId, to: code.communityId };
        await writeAudit(tx, code.communityId, actor, "community.join", "community", detail, now);
        await writeAudit(tx, previousCommunityId, actor, "community.leave", "community", detail, now);
        return { ok: true, value: { communityId: code.communityId, previousCommunityId } } as const;
      }),

    unlink: (space, newCommunity, actor, now) =>
      write([...directory, lockOf.community(newCommunity)], async (tx) => {
        const current = await spaceRow(tx, space);
        if (!current || (await spacesOf(tx, current.communityId)).length < 2)
          return { ok: false, code: "not-linked" } as const;
        if (!(await create(tx, newCommunity, now))) return { ok: false, code: "taken" } as const;
        const from = current.communityId;
        // The space that leaves takes a copy of the FAQ as it is now, as fresh entries of its own.
        const published = await tx
          .select(entryColumns)
          .from(faqEntries)
          .where(and(eq(faqEntries.communityId, from), eq(faqEntries.status, "published")))
          .orderBy(asc(faqEntries.id));
        const copies = published.map((row) => ({
          entry: pickFaqContent(entryFromRow(row)),
          starter: starterMarkOf(row),
        }));
        await entryWritesOn(tx).insertEntries(newCommunity, copies, now);
        const [settings] = await tx
          .select()
          .from(communitySettings)
          .where(eq(communitySettings.communityId, from));
        if (settings) {
          await tx
            .insert(communitySettings)
            .values({ communityId: newCommunity, settings: settings.settings, updatedAt: now.toISOString() });
        }
        await tx
          .update(communitySpaces)
          .set({ communityId: newCommunity, joinedAt: now.toISOString() })
          .where(
            and(eq(communitySpaces.platform, space.platform), eq(communitySpaces.spaceId, space.spaceId)),
          );
        const detail = { space: placeOf(space), from, to: newCommunity, copiedEntries: published.length };
        await writeAudit(tx, from, actor, "community.unlink", "community", detail, now);
        await writeAudit(tx, newCommunity, actor, "community.unlink", "community", detail, now);
        return { ok: true, value: { communityId: newCommunity, copiedEntries: published.length } } as const;
      }),

    async moveCommunity(from, to, actor, now) {
      if (from === to) return { ok: false, code: "same" } as const;
      return write([...directory, lockOf.community(from), lockOf.community(to)], async (tx) => {
        if (!(await exists(tx, from)) || !(await exists(tx, to)))
          return { ok: false, code: "not-found" } as const;
        const moved = await moveCommunityRows(tx, from, to);
        if (!moved.ok) return moved;
        await writeAudit(tx, to, actor, "community.move", "community", { from, to, ...moved.value }, now);
        return moved;
      });
    },
  };
}
