import type { CommunityId } from "../core/community.js";
import type {
  FaqActor,
  FaqContent,
  FaqEntryInput,
  FaqImportOptions,
  FaqImportOutcome,
} from "../core/faq/types.js";

/** A starter-pack entry with the fingerprint of its text (src/core/faq/content-fingerprint.ts). */
export interface StarterPackEntry {
  content: FaqContent;
  fingerprint: string;
}

export interface StarterPackOutcome {
  /** Pack entries the community never had. */
  added: string[];
  /** Copies nobody edited, brought up to the pack's corrected text. */
  corrected: string[];
  /** Copies a moderator edited, whose pack text changed: flagged for review, left as they are. */
  flagged: string[];
}

/** The FAQ as a file: export, an all-or-nothing import, and the starter pack kept current. */
export interface FaqTransferStore {
  /** Published entries in slug order, every field filled, in the import file's shape. */
  exportEntries(community: CommunityId): Promise<FaqContent[]>;
  /** One transaction for the whole file; `dryRun` writes nothing. Input is already validated. */
  importEntries(
    community: CommunityId,
    entries: FaqEntryInput[],
    options: FaqImportOptions,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqImportOutcome>;
  /**
   * Brings the community's copies of the starter pack up to date in one transaction: entries it
   * never had are added (a new community starts with the pack), unedited copies get corrections,
   * edited ones get a review flag. An entry the community archived stays archived.
   */
  applyStarterPack(
    community: CommunityId,
    pack: readonly StarterPackEntry[],
    actor: FaqActor,
    now: Date,
  ): Promise<StarterPackOutcome>;
}
