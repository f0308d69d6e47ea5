import type { Stores } from "../../ports/stores.js";
import { createFaqSuggestionStore } from "../shared/faq-suggestion-store.js";
import { createFaqTransferStore } from "../shared/faq-transfer-store.js";
import { createFaqWebConsentStore } from "../shared/faq-web-consent-store.js";
import { createSettingsStore } from "../shared/settings-update.js";
import { createThreadReplyStore } from "../shared/thread-reply-store.js";
import { createSqliteCommunityStore } from "./community-store.js";
import { createSqliteDeliveryLedger } from "./delivery-ledger.js";
import { createSqliteFaqCandidateScan } from "./faq-candidate-scan.js";
import { createSqliteFaqEntryStore } from "./faq-entry-store.js";
import { createSqliteFaqHistoryStore } from "./faq-history-store.js";
import { suggestionOpsOf } from "./faq-suggestion-store.js";
import { transferOpsOf } from "./faq-transfer-store.js";
import { webConsentOpsOn } from "./faq-web-consent-store.js";
import { createSqliteFaqWordingDemotions } from "./faq-wording-demotions.js";
import { createSqliteMemberDataStore } from "./member-data-store.js";
import { createSqliteMemberLimitStore } from "./member-limit-store.js";
import type { OpenDatabase } from "./open-database.js";
import { settingsOpsOn } from "./settings-store.js";
import { sqliteHandle } from "./sqlite-handle.js";
import { threadReplyOpsOn } from "./thread-reply-store.js";
import { unansweredQuestionQueries } from "./unanswered-questions.js";
import type { WriteLockWait } from "./wait-for-write-lock.js";

export interface SqliteStoreOptions {
  /** The clock settings changes are stamped with; tests pass a fixed one. */
  clock?: () => Date;
  /** How long a write waits for another process's lock (tests shorten it). */
  lockWait?: WriteLockWait;
}

/** Every store over one open SQLite database (one connection, statements prepared once). */
export function createSqliteStores(
  database: Pick<OpenDatabase, "sqlite">,
  options: SqliteStoreOptions = {},
): Stores {
  const handle = sqliteHandle(database.sqlite, options.lockWait);
  return {
    communities: createSqliteCommunityStore(handle),
    faq: {
      entries: createSqliteFaqEntryStore(handle),
      history: createSqliteFaqHistoryStore(handle),
      suggestions: createFaqSuggestionStore(handle.stepsOf(suggestionOpsOf(handle))),
      transfer: createFaqTransferStore(handle.stepsOf(transferOpsOf(handle))),
      candidates: createSqliteFaqCandidateScan(handle),
      demotions: createSqliteFaqWordingDemotions(handle),
      webConsent: createFaqWebConsentStore(handle.stepsOf(webConsentOpsOn)),
    },
    settings: createSettingsStore(handle.stepsOf(settingsOpsOn), options.clock),
    threadReplies: createThreadReplyStore(
      handle.stepsOf(threadReplyOpsOn),
      unansweredQuestionQueries(handle),
    ),
    memberLimits: createSqliteMemberLimitStore(handle),
    memberData: createSqliteMemberDataStore(handle),
    deliveries: createSqliteDeliveryLedger(handle),
  };
}
