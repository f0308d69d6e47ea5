import { eq, inArray } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { type CommunityMoveResult, movedOutcome, planCommunityMove } from "../shared/community-move-plan.js";
import { entriesOf } from "./faq-lookups.js";
import type { Tx } from "./postgres-handle.js";
import { auditLog } from "./schema/audit-log.js";
import { communitySettings } from "./schema/community-settings.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { channelAnswerTimes, threadAnswers, unansweredQuestions } from "./schema/thread-replies.js";
import { webConsents } from "./schema/web-consents.js";

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
 * Re-owns every row of `from` to `to` inside the caller's transaction, with the rules of the
 * SQLite twin (move-community-rows.ts there): a clashing slug is a conflict unless `to`'s entry is
 * an unedited starter-pack copy, which makes way; conflicts refuse the move before any write.
 */
export async function moveCommunityRows(
  tx: Tx,
  from: CommunityId,
  to: CommunityId,
): Promise<CommunityMoveResult> {
  const moving = await entriesOf(tx, from);
  const target = new Map((await entriesOf(tx, to)).map((row) => [row.slug, row]));
  const plan = planCommunityMove(moving, target);
  if (plan.conflicts.length > 0) return { ok: false, code: "conflict", conflicts: plan.conflicts };

  if (plan.replaceable.length > 0)
    await tx.delete(faqEntries).where(inArray(faqEntries.id, plan.replaceable));
  const reown = { communityId: to };
  /** Re-owns one table's rows of `from`; returns how many moved. */
  const moveAll = async (table: CommunityOwnedTable) =>
    (await tx.update(table).set(reown).where(eq(table.communityId, from))).rowCount ?? 0;
  const entries = await moveAll(faqEntries);
  const suggestions = await moveAll(faqSuggestions);
  // A member's consent follows their captured answer into the joined community.
  await moveAll(webConsents);
  await moveAll(auditLog);
  const threadAnswersMoved = await moveAll(threadAnswers);
  await moveAll(unansweredQuestions);
  await moveAll(channelAnswerTimes);
  const [targetSettings] = await tx
    .select({ id: communitySettings.id })
    .from(communitySettings)
    .where(eq(communitySettings.communityId, to));
  if (!targetSettings)
    await tx.update(communitySettings).set(reown).where(eq(communitySettings.communityId, from));
  return movedOutcome({ entries, suggestions, threadAnswers: threadAnswersMoved }, plan);
}
