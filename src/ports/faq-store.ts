import type {
  FaqActor,
  FaqApproval,
  FaqCandidate,
  FaqEditOutcome,
  FaqEntry,
  FaqEntryInput,
  FaqEntryPatch,
  FaqHistory,
  FaqImportOptions,
  FaqImportOutcome,
  FaqResult,
  FaqSuggestion,
  FaqSuggestionInput,
  FaqSuggestOutcome,
  ThreadAnswerCapture,
} from "../core/faq/types.js";

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
