import { and, eq, inArray } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { contentFingerprint } from "../../core/faq/content-fingerprint.js";
import { pickFaqContent } from "../../core/faq/types.js";
import type { MoveOutcome } from "../../ports/community-store.js";
import { entryFromRow } from "./faq-rows.js";
import { auditLog } from "./schema/audit-log.js";
import { communitySettings } from "./schema/community-settings.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { channelAnswerTimes, threadAnswers, unansweredQuestions } from "./schema/thread-replies.js";
import { webConsents } from "./schema/web-consents.js";
import type { Tx } from "./sqlite-handle.js";

type Moved = { ok: true; value: MoveOutcome } | { ok: false; code: "conflict"; conflicts: string[] };

/**
 * Re-owns every row of `from` to `to` inside the caller's transaction. An entry whose slug `to`
 * already has is a conflict, unless `to`'s entry is a starter-pack copy nobody edited (a new
 * community gets the pack at its first start): that copy makes way. Conflicts refuse the move
 * before anything is written.
 */
export function moveCommunityRows(tx: Tx, from: CommunityId, to: CommunityId): Moved {
  const moving = tx.select().from(faqEntries).where(eq(faqEntries.communityId, from)).all();
  const target = new Map(
    tx
      .select()
      .from(faqEntries)
      .where(eq(faqEntries.communityId, to))
      .all()
      .map((row) => [row.slug, row]),
  );
  const replaceable: number[] = [];
  const replacedStarterCopies: string[] = [];
  const conflicts: string[] = [];
  for (const row of moving) {
    const clash = target.get(row.slug);
    if (!clash) continue;
    const untouchedCopy =
      clash.starterSlug !== null &&
      clash.version === 1 &&
      (clash.starterHash === null ||
        contentFingerprint(pickFaqContent(entryFromRow(clash))) === clash.starterHash);
    if (untouchedCopy) {
      replaceable.push(clash.id);
      replacedStarterCopies.push(clash.slug);
    } else conflicts.push(row.slug);
  }
  if (conflicts.length > 0) return { ok: false, code: "conflict", conflicts: conflicts.sort() };

  if (replaceable.length > 0) tx.delete(faqEntries).where(inArray(faqEntries.id, replaceable)).run();
  const reown = { communityId: to };
  const entries = tx.update(faqEntries).set(reown).where(eq(faqEntries.communityId, from)).run().changes;
  const suggestions = tx
    .update(faqSuggestions)
    .set(reown)
    .where(eq(faqSuggestions.communityId, from))
    .run().changes;
  // A member's consent follows their captured answer into the joined community.
  tx.update(webConsents).set(reown).where(eq(webConsents.communityId, from)).run();
  tx.update(auditLog).set(reown).where(eq(auditLog.communityId, from)).run();
  const threadAnswersMoved = tx
    .update(threadAnswers)
    .set(reown)
    .where(eq(threadAnswers.communityId, from))
    .run().changes;
  tx.update(unansweredQuestions).set(reown).where(eq(unansweredQuestions.communityId, from)).run();
  tx.update(channelAnswerTimes).set(reown).where(eq(channelAnswerTimes.communityId, from)).run();
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
  return {
    ok: true,
    value: {
      entries,
      suggestions,
      threadAnswers: threadAnswersMoved,
      replacedStarterCopies: replacedStarterCopies.sort(),
    },
  };
}
