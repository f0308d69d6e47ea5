import { and, asc, eq } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { captureThreadAnswer } from "../../core/faq/import/capture-thread-answer.js";
import { completeEntry } from "../../core/faq/import/complete-entry.js";
import { slugFromQuestion } from "../../core/faq/import/slug-from-question.js";
import type {
  FaqActor,
  FaqEntry,
  FaqResult,
  FaqSuggestion,
  FaqSuggestionInput,
  FaqSuggestOutcome,
} from "../../core/faq/types.js";
import type { FaqSuggestionStore } from "../../ports/faq-suggestion-store.js";
import { suggestionFromRow } from "../sqlite/faq-rows.js";
import { writeAudit } from "./audit.js";
import { insertEntry } from "./faq-entry-writes.js";
import { findEntry, findSuggestion, slugsStartingWith } from "./faq-lookups.js";
import { type Database, lockOf, type PostgresHandle } from "./postgres-handle.js";
import { faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";

/** The moderators' queue over PostgreSQL; each decision is one transaction under the community's lock. */
export function createPostgresFaqSuggestionStore({ db, write }: PostgresHandle): FaqSuggestionStore {
  const decide = async (
    tx: Database,
    community: CommunityId,
    id: number,
    decision: Partial<typeof faqSuggestions.$inferInsert>,
  ) => {
    await tx
      .update(faqSuggestions)
      .set(decision)
      .where(and(eq(faqSuggestions.communityId, community), eq(faqSuggestions.id, id)));
    const decided = await findSuggestion(tx, community, id);
    if (!decided) throw new Error(`suggestion ${id} vanished inside its own transaction`);
    return decided;
  };
  const file = (community: CommunityId, input: FaqSuggestionInput, actor: FaqActor, now: Date) =>
    write([lockOf.community(community)], (tx) => fileSuggestion(tx, community, input, actor, now));

  return {
    suggest: file,

    saveThreadAnswerAsSuggestion(community, capture, actor, now) {
      const text = captureThreadAnswer(capture.openingQuestion, capture.answerText);
      const input: FaqSuggestionInput = {
        ...text,
        channelId: capture.channelId,
        threadId: capture.threadId,
        messageLink: capture.answerMessageLink,
        answerAuthorId: capture.answerAuthorId,
      };
      return file(community, input, actor, now);
    },

    getSuggestion: (community, id) => findSuggestion(db, community, id),

    async listQueue(community, limit = 25) {
      const rows = await db
        .select()
        .from(faqSuggestions)
        .where(and(eq(faqSuggestions.communityId, community), eq(faqSuggestions.status, "pending")))
        .orderBy(asc(faqSuggestions.createdAt), asc(faqSuggestions.id))
        .limit(limit);
      return rows.map((row) => suggestionFromRow(row, null));
    },

    approve: (community, id, approval, actor, now) =>
      write(
        [lockOf.community(community)],
        async (tx): Promise<FaqResult<{ suggestion: FaqSuggestion; entry: FaqEntry }>> => {
          const suggestion = await findSuggestion(tx, community, id);
          if (!suggestion) return { ok: false, code: "not-found" };
          if (suggestion.status !== "pending") return { ok: false, code: "wrong-state" };
          const question = approval.question ?? suggestion.question;
          // slugFromQuestion asks synchronously whether a slug is taken; it only ever asks about its
          // base slug and `base-N`, so those are read first, in one indexed query.
          const base = slugFromQuestion(question, () => false);
          const taken = await slugsStartingWith(tx, community, base);
          const slug = approval.slug ?? slugFromQuestion(question, (candidate) => taken.has(candidate));
          if (await findEntry(tx, community, slug)) return { ok: false, code: "slug-taken" };
          const answer = approval.answer ?? suggestion.answer;
          const entry = await insertEntry(
            tx,
            community,
            completeEntry({ ...approval, slug, question, answer }),
            now,
          );
          // The author's answer, if they gave one before the approval, now concerns this entry.
          await tx
            .update(webConsents)
            .set({ entryId: entry.id })
            .where(and(eq(webConsents.communityId, community), eq(webConsents.suggestionId, id)));
          const decided = await decide(tx, community, id, {
            status: "approved",
            decidedBy: actor.userId,
            decidedAt: now.toISOString(),
            createdEntryId: entry.id,
          });
          const edited = approval.question !== undefined || approval.answer !== undefined;
          await writeAudit(tx, community, actor, "faq.approve", `suggestion:${id}`, { slug, edited }, now);
          return { ok: true, value: { suggestion: decided, entry } };
        },
      ),

    reject: (community, id, reason, actor, now) =>
      write([lockOf.community(community)], async (tx): Promise<FaqResult<FaqSuggestion>> => {
        const suggestion = await findSuggestion(tx, community, id);
        if (!suggestion) return { ok: false, code: "not-found" };
        if (suggestion.status !== "pending") return { ok: false, code: "wrong-state" };
        const decided = await decide(tx, community, id, {
          status: "rejected",
          decidedBy: actor.userId,
          decidedAt: now.toISOString(),
          reason,
        });
        await writeAudit(tx, community, actor, "faq.reject", `suggestion:${id}`, { reason }, now);
        return { ok: true, value: decided };
      }),
  };
}

async function fileSuggestion(
  tx: Database,
  community: CommunityId,
  input: FaqSuggestionInput,
  actor: FaqActor,
  now: Date,
): Promise<FaqResult<FaqSuggestOutcome>> {
  const link = input.messageLink ?? null;
  if (link !== null) {
    // The same message saved twice (two moderators, a double click) files one suggestion.
    const [pending] = await tx
      .select()
      .from(faqSuggestions)
      .where(
        and(
          eq(faqSuggestions.communityId, community),
          eq(faqSuggestions.messageLink, link),
          eq(faqSuggestions.status, "pending"),
        ),
      );
    if (pending)
      return { ok: true, value: { suggestion: suggestionFromRow(pending, null), duplicate: true } };
  }
  const [row] = await tx
    .insert(faqSuggestions)
    .values({
      communityId: community,
      question: input.question,
      answer: input.answer,
      platform: actor.platform,
      spaceId: actor.spaceId,
      channelId: input.channelId ?? null,
      threadId: input.threadId ?? null,
      messageLink: link,
      answerAuthorId: input.answerAuthorId ?? null,
      suggestedBy: actor.userId,
      status: "pending",
      createdAt: now.toISOString(),
    })
    .returning();
  if (!row) throw new Error("the suggestion was not inserted");
  return { ok: true, value: { suggestion: suggestionFromRow(row, null), duplicate: false } };
}
