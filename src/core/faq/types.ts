import type { Actor } from "../actor.js";

/**
 * The FAQ's domain types. The field list of an entry's content is written once, in FaqContent;
 * everything else (entries, revisions, search candidates, inputs) is derived from it, and the
 * pick helpers copy exactly those fields.
 */

export type FaqStatus = "published" | "archived";
export type FaqSuggestionStatus = "pending" | "approved" | "rejected";

/**
 * Who did it and where, as written to revisions and the audit log. A command's `ctx.actor` fits.
 * The community a write belongs to is the store call's own argument, never taken from here.
 */
export type FaqActor = Pick<Actor, "platform" | "spaceId" | "userId">;

/** What a moderator or an import file says about one entry, every optional field filled. */
export interface FaqContent {
  slug: string;
  question: string;
  answer: string;
  aliases: string[];
  tags: string[];
  sources: string[];
  /** Ruleset criterion ids the answer relies on. */
  criteria: string[];
  owner: string | null;
  /** Calendar date YYYY-MM-DD by which a moderator should re-check the answer, or null. */
  reviewBy: string | null;
}

/** The fields of FaqContent, in the order files and tables list them. */
export const FAQ_CONTENT_KEYS = [
  "slug",
  "question",
  "answer",
  "aliases",
  "tags",
  "sources",
  "criteria",
  "owner",
  "reviewBy",
] as const satisfies readonly (keyof FaqContent)[];

/** The list-valued fields (stored as JSON text in SQLite). */
export const FAQ_LIST_KEYS = [
  "aliases",
  "tags",
  "sources",
  "criteria",
] as const satisfies readonly (keyof FaqContent)[];

/** The text a revision keeps: the content without its identity (slug) and its owner. */
export type FaqRevisedText = Omit<FaqContent, "slug" | "owner">;
export const FAQ_REVISED_KEYS = FAQ_CONTENT_KEYS.filter(
  (key): key is keyof FaqRevisedText => key !== "slug" && key !== "owner",
);

// A compile-time check that FAQ_CONTENT_KEYS names every field of FaqContent.
type MissingContentKeys = Exclude<keyof FaqContent, (typeof FAQ_CONTENT_KEYS)[number]>;
const everyContentKeyListed: MissingContentKeys extends never ? true : never = true;
void everyContentKeyListed;

/** Copies exactly `keys` out of `from` (no stray properties of a wider object). */
export function pickFields<T, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = from[key];
  return picked;
}

export function pickFaqContent(from: FaqContent): FaqContent {
  return pickFields(from, FAQ_CONTENT_KEYS);
}

export function pickRevisedText(from: FaqRevisedText): FaqRevisedText {
  return pickFields(from, FAQ_REVISED_KEYS);
}

/** Bookkeeping an entry carries beside its content. */
export interface FaqEntryMeta {
  id: number;
  status: FaqStatus;
  version: number;
  createdAt: string;
  /** ISO-8601 UTC timestamp of the last content change ("as of"). */
  updatedAt: string;
  /** Why a moderator should look at the entry again (the starter pack corrected it), or null. */
  reviewFlag: string | null;
}

export type FaqEntry = FaqContent & FaqEntryMeta;

/** What a search needs from an entry: its content (owner aside) and when it last changed. */
export type ScannedFaqCandidate = Omit<FaqContent, "owner"> & Pick<FaqEntryMeta, "updatedAt">;

/** A candidate from the bm25-ranked first cut. */
export interface FaqCandidate extends ScannedFaqCandidate {
  /** FTS5 bm25() with column weights favouring question and aliases; lower (more negative) = better. */
  bm25: number;
}

/** The fields a moderator or an import file provides; optional ones default to empty. */
export type FaqEntryInput = Pick<FaqContent, "slug" | "question" | "answer"> &
  Partial<Omit<FaqContent, "slug" | "question" | "answer">>;

/** An edit: only the fields present change. */
export type FaqEntryPatch = Partial<Omit<FaqContent, "slug">>;

/** The text an entry had at `version`, kept when a later change replaced it. */
export type FaqRevision = FaqRevisedText & {
  version: number;
  changedBy: string;
  changedAt: string;
  reason: string;
};

export interface FaqHistory {
  entry: FaqEntry;
  /** Previous versions, newest first. */
  revisions: FaqRevision[];
}

/** A member's proposed question and answer, before a moderator decides. */
export interface FaqSuggestionInput {
  question: string;
  answer: string;
  channelId?: string | null;
  threadId?: string | null;
  messageLink?: string | null;
  /** Who wrote the captured message (Save as FAQ only): their consent decides the public web. */
  answerAuthorId?: string | null;
}

export interface FaqSuggestion extends Required<FaqSuggestionInput> {
  id: number;
  /** Where it was suggested: a Discord server, Slack workspace or the console. */
  platform: string;
  spaceId: string;
  suggestedBy: string;
  status: FaqSuggestionStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdEntrySlug: string | null;
  createdAt: string;
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
  /** The platform user id of the member who wrote the answer message (not who saved it). */
  answerAuthorId: string;
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
  /**
   * True when the same answer message, or a question in the same words (wordingKey), was already
   * pending: the existing suggestion is returned, and the member counted among those who asked.
   */
  duplicate: boolean;
}

/** A pending suggestion as the queue shows it: with how many members asked for it. */
export interface QueuedSuggestion extends FaqSuggestion {
  /** The member who filed it plus every member whose same suggestion was merged into it. */
  askedBy: number;
}

/** How /faq queue orders and narrows the pending suggestions. */
export interface FaqQueueView {
  sort: "oldest" | "newest" | "most-asked";
  /** Only suggestions filed by this user id. */
  author?: string;
  /** Only suggestions whose question or answer contains this text (case-insensitive). */
  text?: string;
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
