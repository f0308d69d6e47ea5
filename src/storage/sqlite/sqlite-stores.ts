import type { Stores } from "../../ports/stores.js";
import { stepStores } from "../shared/step-stores.js";
import { claimCompletion } from "./claim-completion.js";
import { createSqliteCommunityStore } from "./community-store.js";
import { createSqliteDeliveryLedger } from "./delivery-ledger.js";
import { createSqliteFaqCandidateScan } from "./faq-candidate-scan.js";
import { createSqliteFaqEntryStore } from "./faq-entry-store.js";
import { createSqliteFaqHistoryStore } from "./faq-history-store.js";
import { sqliteSuggestionOps } from "./faq-suggestion-store.js";
import { sqliteTransferOps } from "./faq-transfer-store.js";
import { sqliteWebConsentOps } from "./faq-web-consent-store.js";
import { createSqliteFaqWordingDemotions } from "./faq-wording-demotions.js";
import { createSqliteMemberDataStore } from "./member-data-store.js";
import { createSqliteMemberLimitStore } from "./member-limit-store.js";
import type { OpenDatabase } from "./open-database.js";
import { sqliteSettingsOps } from "./settings-store.js";
import { sqliteHandle } from "./sqlite-handle.js";
import { sqliteThreadReplyOps } from "./thread-reply-store.js";
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
  const shared = stepStores(
    handle,
    {
      suggestions: sqliteSuggestionOps(handle),
      transfer: sqliteTransferOps(handle),
      webConsent: sqliteWebConsentOps,
      settings: sqliteSettingsOps,
      threadReplies: sqliteThreadReplyOps,
      unanswered: unansweredQuestionQueries(handle),
      claimCompletion: claimCompletion(handle),
    },
    options.clock,
  );
  return {
    ...shared,
    communities: createSqliteCommunityStore(handle),
    faq: {
      ...shared.faq,
      entries: createSqliteFaqEntryStore(handle),
      history: createSqliteFaqHistoryStore(handle),
      candidates: createSqliteFaqCandidateScan(handle),
      demotions: createSqliteFaqWordingDemotions(handle),
    },
    memberLimits: createSqliteMemberLimitStore(handle),
    memberData: createSqliteMemberDataStore(handle),
    deliveries: createSqliteDeliveryLedger(handle),
  };
}
