import type { CommunityId } from "../../core/community.js";
import type { FaqActor, FaqContent, FaqEditOutcome, FaqEntry, FaqStatus } from "../../core/faq/types.js";
import type { Answer, Timing } from "./engine-steps.js";

/** The starter-pack entry a community's copy was made from, and the pack text's fingerprint then. */
export interface StarterMark {
  slug: string;
  fingerprint: string;
}

/** One entry to insert; `starter` when it copies a starter-pack entry. */
export interface NewFaqEntry {
  entry: FaqContent;
  starter?: StarterMark | undefined;
}

/**
 * The writes to faq_entries and faq_revisions, as both engines offer them to their stores. They run
 * inside whatever write transaction the caller has open (SQLite answers `now`, PostgreSQL `later`).
 */
export interface FaqEntryWrites<When extends Timing = Timing> {
  /** A new version-1 entry of `community`; `starter` records the starter-pack entry it copies. */
  insertEntry(
    community: CommunityId,
    entry: FaqContent,
    now: Date,
    starter?: StarterMark,
  ): Answer<FaqEntry, When>;
  /** Many new version-1 entries; `onBatch` hears how many rows each step wrote, for progress. */
  insertEntries(
    community: CommunityId,
    items: readonly NewFaqEntry[],
    now: Date,
    onBatch?: (inserted: number) => void,
  ): Answer<FaqEntry[], When>;
  /** Keeps the current text as a revision and writes `next` as the following version. */
  replaceContent(
    current: FaqEntry,
    next: FaqContent,
    reason: string,
    actor: FaqActor,
    now: Date,
  ): Answer<FaqEditOutcome, When>;
  setStatus(entryId: number, status: FaqStatus): Answer<void, When>;
}
