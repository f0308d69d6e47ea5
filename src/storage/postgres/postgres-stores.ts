import type { Pool } from "pg";
import type { Stores } from "../../ports/stores.js";
import { createFaqSuggestionStore } from "../shared/faq-suggestion-store.js";
import { createFaqTransferStore } from "../shared/faq-transfer-store.js";
import { createFaqWebConsentStore } from "../shared/faq-web-consent-store.js";
import { createSettingsStore } from "../shared/settings-update.js";
import { createThreadReplyStore } from "../shared/thread-reply-store.js";
import { createPostgresCommunityStore } from "./community-store.js";
import { createPostgresDeliveryLedger } from "./delivery-ledger.js";
import { createPostgresFaqCandidateScan } from "./faq-candidate-scan.js";
import { createPostgresFaqEntryStore } from "./faq-entry-store.js";
import { createPostgresFaqHistoryStore } from "./faq-history-store.js";
import { suggestionOpsOn } from "./faq-suggestion-store.js";
import { transferOpsOn } from "./faq-transfer-store.js";
import { webConsentOpsOn } from "./faq-web-consent-store.js";
import { createPostgresFaqWordingDemotions } from "./faq-wording-demotions.js";
import { createPostgresMemberDataStore } from "./member-data-store.js";
import { createPostgresMemberLimitStore } from "./member-limit-store.js";
import { postgresHandle } from "./postgres-handle.js";
import { settingsOpsOn } from "./settings-store.js";
import { threadReplyOpsOn } from "./thread-reply-store.js";
import { unansweredQuestionQueries } from "./unanswered-questions.js";

/** Every store over one pool of a migrated database (see open-postgres.ts). */
export function createPostgresStores(
  pool: Pool,
  options: { clock?: () => Date; lockTimeoutMs?: number } = {},
): Stores {
  const handle = postgresHandle(pool, options.lockTimeoutMs);
  return {
    communities: createPostgresCommunityStore(handle),
    faq: {
      entries: createPostgresFaqEntryStore(handle),
      history: createPostgresFaqHistoryStore(handle),
      suggestions: createFaqSuggestionStore(handle.stepsOf(suggestionOpsOn)),
      transfer: createFaqTransferStore(handle.stepsOf(transferOpsOn)),
      candidates: createPostgresFaqCandidateScan(handle),
      demotions: createPostgresFaqWordingDemotions(handle),
      webConsent: createFaqWebConsentStore(handle.stepsOf(webConsentOpsOn)),
    },
    settings: createSettingsStore(handle.stepsOf(settingsOpsOn), options.clock),
    threadReplies: createThreadReplyStore(
      handle.stepsOf(threadReplyOpsOn),
      unansweredQuestionQueries(handle),
    ),
    memberLimits: createPostgresMemberLimitStore(handle),
    memberData: createPostgresMemberDataStore(handle),
    deliveries: createPostgresDeliveryLedger(handle),
  };
}
