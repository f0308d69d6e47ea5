import type { CommunityId } from "../../core/community.js";
import { captureThreadAnswer } from "../../core/faq/import/capture-thread-answer.js";
import type {
  FaqActor,
  FaqApproval,
  FaqFailureCode,
  FaqSuggestion,
  FaqSuggestionInput,
  ThreadAnswerCapture,
} from "../../core/faq/types.js";
import type { AuditEvent } from "./audit-row.js";

/** A thread answer a moderator saved, as the suggestion it files: the words tidied, the origin kept. */
export function suggestionInputFromCapture(capture: ThreadAnswerCapture): FaqSuggestionInput {
  return {
    ...captureThreadAnswer(capture.openingQuestion, capture.answerText),
    channelId: capture.channelId,
    threadId: capture.threadId,
    messageLink: capture.answerMessageLink,
    answerAuthorId: capture.answerAuthorId,
  };
}

/** The new `faq_suggestions` row for `input`, filed by `actor`; both engines insert exactly this. */
export function suggestionInsertValues(
  community: CommunityId,
  input: FaqSuggestionInput,
  actor: FaqActor,
  now: Date,
) {
  return {
    communityId: community,
    question: input.question,
    answer: input.answer,
    platform: actor.platform,
    spaceId: actor.spaceId,
    channelId: input.channelId ?? null,
    threadId: input.threadId ?? null,
    messageLink: input.messageLink ?? null,
    answerAuthorId: input.answerAuthorId ?? null,
    suggestedBy: actor.userId,
    status: "pending",
    createdAt: now.toISOString(),
  } as const;
}

/** The suggestion a moderator may decide now, or why not: it is missing, or was decided already. */
export function decidable(
  suggestion: FaqSuggestion | null,
): { ok: true; value: FaqSuggestion } | { ok: false; code: FaqFailureCode } {
  if (!suggestion) return { ok: false, code: "not-found" };
  if (suggestion.status !== "pending") return { ok: false, code: "wrong-state" };
  return { ok: true, value: suggestion };
}

/** The columns an approval sets on the suggestion it decides. */
export function approvedColumns(actor: FaqActor, now: Date, createdEntryId: number) {
  return {
    status: "approved",
    decidedBy: actor.userId,
    decidedAt: now.toISOString(),
    createdEntryId,
  } as const;
}

/** The columns a rejection sets on the suggestion it decides. */
export function rejectedColumns(actor: FaqActor, now: Date, reason: string) {
  return { status: "rejected", decidedBy: actor.userId, decidedAt: now.toISOString(), reason } as const;
}

/** The audit entry for an approval: the slug chosen, and whether the moderator changed the words. */
export function approveAudit(id: number, slug: string, approval: FaqApproval): AuditEvent {
  const edited = approval.question !== undefined || approval.answer !== undefined;
  return { action: "faq.approve", target: `suggestion:${id}`, detail: { slug, edited } };
}

export function rejectAudit(id: number, reason: string): AuditEvent {
  return { action: "faq.reject", target: `suggestion:${id}`, detail: { reason } };
}

/**
 * The supporter row for `actor` asking again in the words of a pending suggestion, or null when
 * the actor filed that suggestion: asking twice oneself is not another member asking.
 */
export function supporterRowOf(
  suggestion: { id: number; platform: string; suggestedBy: string },
  actor: FaqActor,
  now: Date,
) {
  if (suggestion.platform === actor.platform && suggestion.suggestedBy === actor.userId) return null;
  return {
    suggestionId: suggestion.id,
    platform: actor.platform,
    memberId: actor.userId,
    createdAt: now.toISOString(),
  };
}
