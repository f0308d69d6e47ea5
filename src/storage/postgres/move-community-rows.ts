import { eq, inArray } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import type { MoveOutcome } from "../../ports/community-store.js";
import { planCommunityMove } from "../shared/community-move-plan.js";
import { entriesOf } from "./faq-lookups.js";
import type { Tx } from "./postgres-handle.js";
import { auditLog } from "./schema/audit-log.js";
import { communitySettings } from "./schema/community-settings.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { channelAnswerTimes, threadAnswers, unansweredQuestions } from "./schema/thread-replies.js";
import { webConsents } from "./schema/web-consents.js";

type Moved = { ok: true; value: MoveOutcome } | { ok: false; code: "conflict"; conflicts: string[] };

/**
 * Re-owns every row of `from` to `to` inside the caller's transaction, with the rules of the
 * SQLite twin (move-community-rows.ts there): a clashing slug is a conflict unless `to`'s entry is
 * an unedited starter-pack copy, which makes way; conflicts refuse the move before any write.
 */
export async function moveCommunityRows(tx: Tx, from: CommunityId, to: CommunityId): Promise<Moved> {
  const moving = await entriesOf(tx, from);
  const target = new Map((await entriesOf(tx, to)).map((row) => [row.slug, row]));
  const { replaceable, replacedStarterCopies, conflicts } = planCommunityMove(moving, target);
  if (conflicts.length > 0) return { ok: false, code: "conflict", conflicts };

  if (replaceable.length > 0) await tx.delete(faqEntries).where(inArray(faqEntries.id, replaceable));
  const reown = { communityId: to };
  const count = async (rows: Promise<{ id: number }[]>) => (await rows).length;
  const entries = await count(
    tx.update(faqEntries).set(reown).where(eq(faqEntries.communityId, from)).returning({ id: faqEntries.id }),
  );
  const suggestions = await count(
    tx
      .update(faqSuggestions)
      .set(reown)
      .where(eq(faqSuggestions.communityId, from))
      .returning({ id: faqSuggestions.id }),
  );
  // A member's consent follows their captured answer into the joined community.
  await tx.update(webConsents).set(reown).where(eq(webConsents.communityId, from));
  await tx.update(auditLog).set(reown).where(eq(auditLog.communityId, from));
  const threadAnswersMoved = await count(
    tx
      .update(threadAnswers)
      .set(reown)
      .where(eq(threadAnswers.communityId, from))
      .returning({ id: threadAnswers.id }),
  );
  await tx.update(unansweredQuestions).set(reown).where(eq(unansweredQuestions.communityId, from));
  await tx.update(channelAnswerTimes).set(reown).where(eq(channelAnswerTimes.communityId, from));
  const [targetSettings] = await tx
    .select({ id: communitySettings.id })
    .from(communitySettings)
    .where(eq(communitySettings.communityId, to));
  if (!targetSettings)
    await tx.update(communitySettings).set(reown).where(eq(communitySettings.communityId, from));
  return {
    ok: true,
    value: {
      entries,
      suggestions,
      threadAnswers: threadAnswersMoved,
      replacedStarterCopies,
    },
  };
}
