import { and, type Column, eq, type SQL } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { completeEntry } from "../../core/faq/import/complete-entry.js";
import { slugFromQuestion } from "../../core/faq/import/slug-from-question.js";
import type { FaqActor, FaqQueueView, FaqSuggestionInput, QueuedSuggestion } from "../../core/faq/types.js";
import { wordingKey } from "../../core/faq/wording-key.js";
import type { FaqSuggestionStore } from "../../ports/faq-suggestion-store.js";
import { type FaqSuggestionRow, suggestionFromRow } from "../sqlite/faq-rows.js";
import { type Answer, askerOf, type StepEngine } from "./engine-steps.js";
import type { FaqEntryWrites } from "./faq-entry-writes.js";
import type { FaqLookups } from "./faq-lookups.js";
import { communityRowWhere, pendingSuggestionsWhere } from "./store-predicates.js";
import {
  approveAudit,
  approvedColumns,
  decidable,
  rejectAudit,
  rejectedColumns,
  suggestionInputFromCapture,
  suggestionInsertValues,
  supporterRowOf,
} from "./suggestion-rows.js";

/** The columns of either engine's tables the queue's clauses are built on. */
export interface SuggestionTables {
  faqSuggestions: Record<"id" | "communityId" | "status" | "messageLink" | "normalisedQuestion", Column>;
  webConsents: Record<"communityId" | "suggestionId", Column>;
}

type Decision = ReturnType<typeof approvedColumns> | ReturnType<typeof rejectedColumns>;

/** The engine calls the moderators' queue makes; the clauses come built, on the engine's `tables`. */
export interface FaqSuggestionOps extends FaqLookups, Pick<FaqEntryWrites, "insertEntry"> {
  readonly tables: SuggestionTables;
  /** The community's slugs equal to `base` or of the form `base-…` (any status). */
  slugsStartingWith(community: CommunityId, base: string): Answer<Set<string>>;
  /** The first pending suggestion the clause finds. */
  pendingSuggestion(where: SQL | undefined): Answer<FaqSuggestionRow | undefined>;
  addSupporter(row: NonNullable<ReturnType<typeof supporterRowOf>>): Answer<unknown>;
  insertSuggestion(
    values: ReturnType<typeof suggestionInsertValues> & { normalisedQuestion: string },
  ): Answer<FaqSuggestionRow>;
  decideSuggestion(decision: Decision, where: SQL | undefined): Answer<unknown>;
  /** Points the consent rows the clause finds at the entry an approval created. */
  consentsConcern(entryId: number, where: SQL | undefined): Answer<unknown>;
  /** The queue as the moderator asked to see it; its SQL is each engine's own. */
  queue(community: CommunityId, limit: number, view: FaqQueueView): Answer<QueuedSuggestion[]>;
}

const ask = askerOf<FaqSuggestionOps>();

/** The moderators' queue on either engine; each decision is one transaction under the community's lock. */
export function createFaqSuggestionStore(engine: StepEngine<FaqSuggestionOps>): FaqSuggestionStore {
  const file = (community: CommunityId, input: FaqSuggestionInput, actor: FaqActor, now: Date) =>
    engine.write(community, () => fileSuggestion(community, input, actor, now));

  return {
    suggest: file,

    saveThreadAnswerAsSuggestion: (community, capture, actor, now) =>
      file(community, suggestionInputFromCapture(capture), actor, now),

    getSuggestion: (community, id) =>
      engine.read(function* () {
        return yield* ask((ops) => ops.findSuggestion(community, id));
      }),

    listQueue: (community, limit = 25, view = { sort: "oldest" }) =>
      engine.read(function* () {
        return yield* ask((ops) => ops.queue(community, limit, view));
      }),

    approve: (community, id, approval, actor, now) =>
      engine.write(community, function* () {
        const pending = decidable(yield* ask((ops) => ops.findSuggestion(community, id)));
        if (!pending.ok) return pending;
        const suggestion = pending.value;
        const question = approval.question ?? suggestion.question;
        // slugFromQuestion asks synchronously whether a slug is taken; it only ever asks about its
        // base slug and `base-N`, so those are read first, in one indexed query.
        const base = slugFromQuestion(question, () => false);
        const taken = yield* ask((ops) => ops.slugsStartingWith(community, base));
        const slug = approval.slug ?? slugFromQuestion(question, (candidate) => taken.has(candidate));
        if (yield* ask((ops) => ops.findEntry(community, slug)))
          return { ok: false, code: "slug-taken" } as const;
        const content = completeEntry({
          ...approval,
          slug,
          question,
          answer: approval.answer ?? suggestion.answer,
        });
        const entry = yield* ask((ops) => ops.insertEntry(community, content, now));
        // The author's answer, if they gave one before the approval, now concerns this entry.
        yield* ask(({ consentsConcern, tables: { webConsents } }) =>
          consentsConcern(
            entry.id,
            and(eq(webConsents.communityId, community), eq(webConsents.suggestionId, id)),
          ),
        );
        const decided = yield* decide(community, id, approvedColumns(actor, now, entry.id));
        yield* ask((ops) => ops.auditEvent(community, actor, approveAudit(id, slug, approval), now));
        return { ok: true, value: { suggestion: decided, entry } } as const;
      }),

    reject: (community, id, reason, actor, now) =>
      engine.write(community, function* () {
        const pending = decidable(yield* ask((ops) => ops.findSuggestion(community, id)));
        if (!pending.ok) return pending;
        const decided = yield* decide(community, id, rejectedColumns(actor, now, reason));
        yield* ask((ops) => ops.auditEvent(community, actor, rejectAudit(id, reason), now));
        return { ok: true, value: decided } as const;
      }),
  };
}

/** Marks a pending suggestion decided and reads it back, inside the caller's transaction. */
function* decide(community: CommunityId, id: number, decision: Decision) {
  yield* ask(({ decideSuggestion, tables: { faqSuggestions } }) =>
    decideSuggestion(decision, communityRowWhere(faqSuggestions, community, "id", id)),
  );
  const decided = yield* ask((ops) => ops.findSuggestion(community, id));
  if (!decided) throw new Error(`suggestion ${id} vanished inside its own transaction`);
  return decided;
}

function* fileSuggestion(community: CommunityId, input: FaqSuggestionInput, actor: FaqActor, now: Date) {
  const pendingWhere = (column: "messageLink" | "normalisedQuestion", value: string) =>
    ask(({ pendingSuggestion, tables: { faqSuggestions } }) =>
      pendingSuggestion(
        pendingSuggestionsWhere(faqSuggestions, community, eq(faqSuggestions[column], value)),
      ),
    );
  const link = input.messageLink ?? null;
  if (link !== null) {
    // The same message saved twice (two moderators, a double click) files one suggestion.
    const pending = yield* pendingWhere("messageLink", link);
    if (pending)
      return { ok: true, value: { suggestion: suggestionFromRow(pending, null), duplicate: true } } as const;
  }
  const normalisedQuestion = wordingKey(input.question);
  // The same question in the same words as a pending one is merged into it: the queue shows it
  // once, with one more member asking, instead of burying other suggestions under copies. The
  // community's write lock, held by the caller, keeps two such suggestions from both being filed.
  const sameWording = yield* pendingWhere("normalisedQuestion", normalisedQuestion);
  if (sameWording) {
    const supporter = supporterRowOf(sameWording, actor, now);
    if (supporter) yield* ask((ops) => ops.addSupporter(supporter));
    return {
      ok: true,
      value: { suggestion: suggestionFromRow(sameWording, null), duplicate: true },
    } as const;
  }
  const values = { ...suggestionInsertValues(community, input, actor, now), normalisedQuestion };
  const row = yield* ask((ops) => ops.insertSuggestion(values));
  return { ok: true, value: { suggestion: suggestionFromRow(row, null), duplicate: false } } as const;
}
