import type { CommunityId } from "../core/community.js";
import type { FaqActor, FaqEditOutcome, FaqHistory, FaqResult } from "../core/faq/types.js";
import type { FaqStatusChange } from "./faq-entry-store.js";

/** An entry's earlier versions, and going back to one (conventions as in FaqEntryStore). */
export interface FaqHistoryStore {
  history(community: CommunityId, slug: string): Promise<FaqHistory | null>;
  /** Makes `version`'s text current again as a new version (the replaced text becomes a revision). */
  revert(
    community: CommunityId,
    slug: string,
    version: number,
    change: FaqStatusChange,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<FaqEditOutcome>>;
}
