import type { Actor } from "../command-kit/actor.js";

/**
 * The FAQ knowledge base as the commands, the CLI and the thread-reply path see it.
 * Implemented over drizzle + SQLite in src/storage/faq-store-sqlite.ts.
 *
 * Conventions:
 * - Reads never fail; writes return expected outcomes as values (`{ ok: false, code }`), never throw.
 * - Every write is one transaction: the change, its revision and its audit row land together or not at all.
 * - `now` is passed in, so a command reads the clock once.
 * - Concurrent edits: `edit`, `archive`, `restore` and `revert` take an optional `expectedVersion`;
 *   when given and the entry has moved on, the write is refused with `conflict` and nothing changes.
 *   Without it the write applies to whatever version is current (still atomic, last writer wins).
 */

export type FaqStatus = "published" | "archived";
export type FaqSuggestionStatus = "pending" | "approved" | "rejected";

/** Who did it, as written to revisions and the audit log. A command's `ctx.actor` fits. */
export type FaqActor = Pick<Actor, "platform" | "communityId" | "userId">;

/** What a search needs from an entry, straight from the FTS5 first cut. */
export interface FaqCandidate {
  slug: string;
  question: string;
  answer: string;
  aliases: string[];
  tags: string[];
  sources: string[];
  criteria: string[];
  /** Calendar date YYYY-MM-DD, or null. */
  reviewBy: string | null;
  /** ISO-8601 UTC timestamp of the last content change ("as of"). */
  updatedAt: string;
  /** FTS5 bm25() with column weights favouring question and aliases; lower (more negative) = better. */
  bm25: number;
}

export interface FaqEntry {
  id: number;
  slug: string;
  question: string;
  answer: string;
  aliases: string[];
  tags: string[];
  sources: string[];
  criteria: string[];
  owner: string | null;
  reviewBy: string | null;
  status: FaqStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The fields a moderator or an import file provides; optional lists default to empty. */
export interface FaqEntryInput {
  slug: string;
  question: string;
  answer: string;
  aliases?: string[];
  tags?: string[];
  sources?: string[];
  criteria?: string[];
  owner?: string | null;
  reviewBy?: string | null;
}

/** An edit: only the fields present change. */
export type FaqEntryPatch = Partial<Omit<FaqEntryInput, "slug">>;

/** The text an entry had at `version`, kept when a later change replaced it. */
export interface FaqRevision {
  version: number;
  question: string;
  answer: string;
  aliases: string[];
  tags: string[];
  sources: string[];
  criteria: string[];
  reviewBy: string | null;
  changedBy: string;
  changedAt: string;
  reason: string;
}

export interface FaqHistory {
  entry: FaqEntry;
  /** Previous versions, newest first. */
  revisions: FaqRevision[];
}

export interface FaqSuggestion {
  id: number;
  question: string;
  answer: string;
  platform: string;
  communityId: string;
  channelId: string | null;
  threadId: string | null;
  messageLink: string | null;
  suggestedBy: string;
  status: FaqSuggestionStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdEntrySlug: string | null;
  createdAt: string;
}

export interface FaqSuggestionInput {
  question: string;
  answer: string;
  channelId?: string | null;
  threadId?: string | null;
  messageLink?: string | null;
}

/** "Save as FAQ" from a thread: the opening question, the chosen answer and where it was said. */
export interface ThreadAnswerCapture {
  channelId: string;
  threadId: string;
  /** The thread's opening post (the question). */
  openingQuestion: string;
  /** The message a member picked as the answer. */
  answerText: string;
  /** Permalink to the answer message, shown to moderators in the queue. */
  answerMessageLink: string;
}

/** Approve, optionally editing the text first; `slug` defaults to one made from the question. */
export type FaqApproval = Partial<FaqEntryInput>;

export type FaqFailureCode =
  /** No entry with that slug, or no suggestion with that id. */
  | "not-found"
  /** expectedVersion is stale: someone changed the entry first. */
  | "conflict"
  /** add/approve with a slug another entry already has. */
  | "slug-taken"
  /** archive of an archived entry, restore of a published one, approve/reject of a decided suggestion. */
  | "wrong-state"
  /** revert to a version the entry never had. */
  | "no-such-version";

export type FaqResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: FaqFailureCode /** The current entry, for `conflict`. */; current?: FaqEntry };

export interface FaqEditOutcome {
  entry: FaqEntry;
  /** False when the patch matched the current text: no revision, no audit row, same version. */
  changed: boolean;
}

export interface FaqSuggestOutcome {
  suggestion: FaqSuggestion;
  /** True when the same answer message was already pending: the existing suggestion is returned. */
  duplicate: boolean;
}

export interface FaqImportOptions {
  /** Make the published FAQ exactly the file's entries: archive every published entry not in it. */
  replace: boolean;
  /** Work out the outcome without writing anything. */
  dryRun: boolean;
  /** Called as entries are processed, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Slugs by outcome. An archived entry present in the file is restored and counted as changed. */
export interface FaqImportOutcome {
  added: string[];
  changed: string[];
  unchanged: string[];
  archived: string[];
}

export interface FaqStore {
  // --- search and reading (everyone) ---
  /**
   * The FTS5 first cut. `matchExpression` must already be a safe FTS5 query built from tokens
   * (src/core/faq); raw user text is never passed here. Published entries only, best first.
   */
  findCandidates(matchExpression: string, limit: number): FaqCandidate[];
  /** Any status, so moderators can look at archived entries; null when absent. */
  getBySlug(slug: string): FaqEntry | null;
  /** Published entries ordered by slug, optionally only those carrying `tag`, optionally one page. */
  listPublished(tag?: string, page?: { offset: number; limit: number }): FaqEntry[];
  /** Published entries, optionally only those carrying `tag`. */
  countPublished(tag?: string): number;
  /** Every tag on a published entry, sorted. */
  tagsInUse(): string[];
  /** Every entry, published or archived (0 means a fresh database). */
  countAll(): number;
  /** Published slugs in order, for autocomplete. */
  allSlugs(): string[];

  // --- curation (moderators) ---
  add(input: FaqEntryInput, actor: FaqActor, now: Date): FaqResult<FaqEntry>;
  edit(
    slug: string,
    patch: FaqEntryPatch,
    change: { reason: string; expectedVersion?: number },
    actor: FaqActor,
    now: Date,
  ): FaqResult<FaqEditOutcome>;
  archive(
    slug: string,
    change: { reason?: string; expectedVersion?: number },
    actor: FaqActor,
    now: Date,
  ): FaqResult<FaqEntry>;
  restore(
    slug: string,
    change: { reason?: string; expectedVersion?: number },
    actor: FaqActor,
    now: Date,
  ): FaqResult<FaqEntry>;
  history(slug: string): FaqHistory | null;
  /** Makes `version`'s text current again as a new version (the replaced text becomes a revision). */
  revert(
    slug: string,
    version: number,
    change: { reason?: string; expectedVersion?: number },
    actor: FaqActor,
    now: Date,
  ): FaqResult<FaqEditOutcome>;
  /** Published entries whose review_by date is before `now`'s UTC date, oldest first. */
  listStale(now: Date): FaqEntry[];

  // --- suggestions ---
  suggest(input: FaqSuggestionInput, actor: FaqActor, now: Date): FaqResult<FaqSuggestOutcome>;
  /** The one "Save as FAQ" function every platform's message action calls. */
  saveThreadAnswerAsSuggestion(
    capture: ThreadAnswerCapture,
    actor: FaqActor,
    now: Date,
  ): FaqResult<FaqSuggestOutcome>;
  getSuggestion(id: number): FaqSuggestion | null;
  /** Pending suggestions, oldest first. */
  listQueue(limit?: number): FaqSuggestion[];
  approve(
    id: number,
    approval: FaqApproval,
    actor: FaqActor,
    now: Date,
  ): FaqResult<{ suggestion: FaqSuggestion; entry: FaqEntry }>;
  reject(id: number, reason: string, actor: FaqActor, now: Date): FaqResult<FaqSuggestion>;

  // --- import / export ---
  /** Published entries in slug order, in the import file's shape. */
  exportEntries(): FaqEntryInput[];
  /** One transaction for the whole file; `dryRun` writes nothing. Input is already validated. */
  importEntries(
    entries: FaqEntryInput[],
    options: FaqImportOptions,
    actor: FaqActor,
    now: Date,
  ): FaqImportOutcome;
}
