import type { CommunityId } from "../../core/community.js";
import type { FaqEntry, FaqSuggestion } from "../../core/faq/types.js";
import type { Answer, Timing } from "./engine-steps.js";

/**
 * The reads the FAQ stores share, on the connection or inside a write transaction: both engines
 * offer them alike (SQLite answers `now`, PostgreSQL `later`).
 */
export interface FaqLookups<When extends Timing = Timing> {
  /** An entry of `community` by slug, any status; another community's reads as absent. */
  findEntry(community: CommunityId, slug: string): Answer<FaqEntry | null, When>;
  /** A suggestion of `community`; another community's id reads as absent. */
  findSuggestion(community: CommunityId, id: number): Answer<FaqSuggestion | null, When>;
}
