import type { Stores } from "../../ports/stores.js";
import type { ThreadReplyStore } from "../../ports/thread-reply-store.js";
import type { StepEngine } from "./engine-steps.js";
import { createFaqSuggestionStore, type FaqSuggestionOps } from "./faq-suggestion-store.js";
import { createFaqTransferStore, type FaqTransferOps } from "./faq-transfer-store.js";
import { createFaqWebConsentStore, type FaqWebConsentOps } from "./faq-web-consent-store.js";
import { createSettingsStore, type SettingsOps } from "./settings-update.js";
import type { ThreadReplyOps } from "./thread-reply-ops.js";
import { createThreadReplyStore } from "./thread-reply-store.js";

/** One engine's calls for each store written once as engine steps, on a connection or transaction `Db`. */
export interface StepStoreOps<Db> {
  suggestions: (db: Db) => FaqSuggestionOps;
  transfer: (db: Db) => FaqTransferOps;
  webConsent: (db: Db) => FaqWebConsentOps;
  settings: (db: Db) => SettingsOps;
  threadReplies: (db: Db) => ThreadReplyOps;
  /** The unanswered-question queries, whose SQL is each engine's own. */
  unanswered: Pick<ThreadReplyStore, "listUnanswered" | "findUnanswered" | "markTaught">;
  /** The end of a claim (renewal just before a post, the one recorded post): each engine's own SQL. */
  claimCompletion: Pick<ThreadReplyStore, "renewClaim" | "setPostedMessageId">;
}

/** The stores whose rules are shared, built on one engine (the rest are each engine's own). */
export function stepStores<Db>(
  engine: { stepsOf<Ops>(opsOn: (db: Db) => Ops): StepEngine<Ops> },
  ops: StepStoreOps<Db>,
  clock?: () => Date,
): Pick<Stores, "settings" | "threadReplies"> & {
  faq: Pick<Stores["faq"], "suggestions" | "transfer" | "webConsent">;
} {
  return {
    faq: {
      suggestions: createFaqSuggestionStore(engine.stepsOf(ops.suggestions)),
      transfer: createFaqTransferStore(engine.stepsOf(ops.transfer)),
      webConsent: createFaqWebConsentStore(engine.stepsOf(ops.webConsent)),
    },
    settings: createSettingsStore(engine.stepsOf(ops.settings), clock),
    threadReplies: createThreadReplyStore(engine.stepsOf(ops.threadReplies), {
      ...ops.unanswered,
      ...ops.claimCompletion,
    }),
  };
}
