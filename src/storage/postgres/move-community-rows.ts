import { eq, inArray } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { type CommunityMoveResult, moveCommunityRowsSteps } from "../shared/community-move-plan.js";
import { runStepsAwaiting } from "../shared/engine-steps.js";
import { auditOpsOn } from "./audit.js";
import { entriesOf } from "./faq-lookups.js";
import type { Tx } from "./postgres-handle.js";
import * as auditTables from "./schema/audit-log.js";
import { communitySettings } from "./schema/community-settings.js";
import * as faqTables from "./schema/faq.js";
import * as threadTables from "./schema/thread-replies.js";
import * as consentTables from "./schema/web-consents.js";

/** Every table of the schema, by name, for the community-owned ones the shared move names. */
const tables = { ...faqTables, ...consentTables, ...auditTables, ...threadTables };

/**
 * Re-owns every row of `from` to `to` inside the caller's transaction, with the rules SQLite's
 * move follows (shared/community-move-plan.ts).
 */
export function moveCommunityRows(tx: Tx, from: CommunityId, to: CommunityId): Promise<CommunityMoveResult> {
  const { faqEntries } = tables;
  return runStepsAwaiting(moveCommunityRowsSteps(from, to), {
    ...auditOpsOn(tx),
    entryRows: (community) => entriesOf(tx, community),
    deleteEntries: (ids) => tx.delete(faqEntries).where(inArray(faqEntries.id, ids)),
    async reown(name, owner, next) {
      const table = tables[name];
      return (
        (await tx.update(table).set({ communityId: next }).where(eq(table.communityId, owner))).rowCount ?? 0
      );
    },
    async hasSettings(community) {
      const found = await tx
        .select({ id: communitySettings.id })
        .from(communitySettings)
        .where(eq(communitySettings.communityId, community));
      return found.length > 0;
    },
    reownSettings: (owner, next) =>
      tx.update(communitySettings).set({ communityId: next }).where(eq(communitySettings.communityId, owner)),
  });
}
