import { and, eq, inArray } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { type CommunityMoveResult, movedOutcome, planCommunityMove } from "../shared/community-move-plan.js";
import { auditLog } from "./schema/audit-log.js";
import { communitySettings } from "./schema/community-settings.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { channelAnswerTimes, threadAnswers, unansweredQuestions } from "./schema/thread-replies.js";
import { webConsents } from "./schema/web-consents.js";
import type { Tx } from "./sqlite-handle.js";

/** The tables whose rows a community owns directly (children follow their parent rows). */
type CommunityOwnedTable =
  | typeof faqEntries
  | typeof faqSuggestions
  | typeof webConsents
  | typeof auditLog
  | typeof threadAnswers
  | typeof unansweredQuestions
  | typeof channelAnswerTimes;

/**
 * Re-owns every row of `from` to `to` inside the caller's transaction. An entry whose slug `to`
 * already has is a conflict, unless `to`'s entry is a starter-pack copy nobody edited (a new
 * community gets the pack at its first start): that copy makes way. Conflicts refuse the move
 * before anything is written.
 */
export function moveCommunityRows(tx: Tx, from: CommunityId, to: CommunityId): CommunityMoveResult {
  const moving = tx.select().from(faqEntries).where(eq(faqEntries.communityId, from)).all();
  const target = new Map(
    tx
      .select()
      .from(faqEntries)
      .where(eq(faqEntries.communityId, to))
      .all()
      .map((row) => [row.slug, row]),
  );
  const plan = planCommunityMove(moving, target);
  if (plan.conflicts.length > 0) return { ok: false, code: "conflict", conflicts: plan.conflicts };

  if (plan.replaceable.length > 0)
    tx.delete(faqEntries).where(inArray(faqEntries.id, plan.replaceable)).run();
  const reown = { communityId: to };
  /** Re-owns one table's rows of `from`; returns how many moved. */
  const moveAll = (table: CommunityOwnedTable) =>
    tx.update(table).set(reown).where(eq(table.communityId, from)).run().changes;
  const entries = moveAll(faqEntries);
  const suggestions = moveAll(faqSuggestions);
  // A member's consent follows their captured answer into the joined community.
  moveAll(webConsents);
  moveAll(auditLog);
  const threadAnswersMoved = moveAll(threadAnswers);
  moveAll(unansweredQuestions);
  moveAll(channelAnswerTimes);
  const targetHasSettings =
    tx
      .select({ id: communitySettings.id })
      .from(communitySettings)
      .where(eq(communitySettings.communityId, to))
      .get() !== undefined;
  if (!targetHasSettings) {
    tx.update(communitySettings)
      .set(reown)
      .where(and(eq(communitySettings.communityId, from)))
      .run();
  }
  return movedOutcome({ entries, suggestions, threadAnswers: threadAnswersMoved }, plan);
}
