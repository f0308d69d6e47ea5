import { eq, inArray } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { type CommunityMoveResult, moveCommunityRowsSteps } from "../shared/community-move-plan.js";
import { runStepsNow } from "../shared/engine-steps.js";
import { auditOpsOn } from "./audit.js";
import * as auditTables from "./schema/audit-log.js";
import { communitySettings } from "./schema/community-settings.js";
import * as faqTables from "./schema/faq.js";
import * as threadTables from "./schema/thread-replies.js";
import * as consentTables from "./schema/web-consents.js";
import type { Tx } from "./sqlite-handle.js";

/** Every table of the schema, by name, for the community-owned ones the shared move names. */
const tables = { ...faqTables, ...consentTables, ...auditTables, ...threadTables };

/** Re-owns every row of `from` to `to` inside the caller's IMMEDIATE transaction (rules: shared). */
export function moveCommunityRows(tx: Tx, from: CommunityId, to: CommunityId): CommunityMoveResult {
  const { faqEntries } = tables;
  return runStepsNow(moveCommunityRowsSteps(from, to), {
    ...auditOpsOn(tx),
    entryRows: (community) => tx.select().from(faqEntries).where(eq(faqEntries.communityId, community)).all(),
    deleteEntries: (ids) => tx.delete(faqEntries).where(inArray(faqEntries.id, ids)).run(),
    reown(name, owner, next) {
      const table = tables[name];
      return tx.update(table).set({ communityId: next }).where(eq(table.communityId, owner)).run().changes;
    },
    hasSettings: (community) =>
      tx
        .select({ id: communitySettings.id })
        .from(communitySettings)
        .where(eq(communitySettings.communityId, community))
        .get() !== undefined,
    reownSettings: (owner, next) =>
      tx
        .update(communitySettings)
        .set({ communityId: next })
        .where(eq(communitySettings.communityId, owner))
        .run(),
  });
}
