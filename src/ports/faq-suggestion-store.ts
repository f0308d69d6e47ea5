import type {
  FaqActor,
  FaqApproval,
  FaqEntry,
  FaqResult,
  FaqSuggestion,
  FaqSuggestionInput,
  FaqSuggestOutcome,
  ThreadAnswerCapture,
} from "../core/faq/types.js";

/** The moderators' queue of proposed entries (conventions as in FaqEntryStore). */
export interface FaqSuggestionStore {
  suggest(input: FaqSuggestionInput, actor: FaqActor, now: Date): Promise<FaqResult<FaqSuggestOutcome>>;
  /** The one "Save as FAQ" function every platform's message action calls. */
  saveThreadAnswerAsSuggestion(
    capture: ThreadAnswerCapture,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<FaqSuggestOutcome>>;
  getSuggestion(id: number): Promise<FaqSuggestion | null>;
  /** Pending suggestions, oldest first. */
  listQueue(limit?: number): Promise<FaqSuggestion[]>;
  approve(
    id: number,
    approval: FaqApproval,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<{ suggestion: FaqSuggestion; entry: FaqEntry }>>;
  reject(id: number, reason: string, actor: FaqActor, now: Date): Promise<FaqResult<FaqSuggestion>>;
}
