import type { CommunityId } from "../core/community.js";
import type {
  FaqActor,
  FaqApproval,
  FaqEntry,
  FaqQueueView,
  FaqResult,
  FaqSuggestion,
  FaqSuggestionInput,
  FaqSuggestOutcome,
  QueuedSuggestion,
  ThreadAnswerCapture,
} from "../core/faq/types.js";

/** The moderators' queue of proposed entries (conventions as in FaqEntryStore). */
export interface FaqSuggestionStore {
  suggest(
    community: CommunityId,
    input: FaqSuggestionInput,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<FaqSuggestOutcome>>;
  /** The one "Save as FAQ" function every platform's message action calls. */
  saveThreadAnswerAsSuggestion(
    community: CommunityId,
    capture: ThreadAnswerCapture,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<FaqSuggestOutcome>>;
  getSuggestion(community: CommunityId, id: number): Promise<FaqSuggestion | null>;
  /** Pending suggestions, oldest first unless `view` sorts or narrows them otherwise. */
  listQueue(community: CommunityId, limit?: number, view?: FaqQueueView): Promise<QueuedSuggestion[]>;
  approve(
    community: CommunityId,
    id: number,
    approval: FaqApproval,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<{ suggestion: FaqSuggestion; entry: FaqEntry }>>;
  reject(
    community: CommunityId,
    id: number,
    reason: string,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<FaqSuggestion>>;
}
