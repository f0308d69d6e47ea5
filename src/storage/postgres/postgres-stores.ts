import type { Pool } from "pg";
import type { Stores } from "../../ports/stores.js";
import { stepStores } from "../shared/step-stores.js";
import { claimCompletion } from "./claim-completion.js";
import { createPostgresCommunityStore } from "./community-store.js";
import { createPostgresDeliveryLedger } from "./delivery-ledger.js";
import { createPostgresFaqCandidateScan } from "./faq-candidate-scan.js";
import { createPostgresFaqEntryStore } from "./faq-entry-store.js";
import { createPostgresFaqHistoryStore } from "./faq-history-store.js";
import { postgresSuggestionOps } from "./faq-suggestion-store.js";
import { postgresTransferOps } from "./faq-transfer-store.js";
import { postgresWebConsentOps } from "./faq-web-consent-store.js";
import { createPostgresFaqWordingDemotions } from "./faq-wording-demotions.js";
import { createPostgresMemberDataStore } from "./member-data-store.js";
import { createPostgresMemberLimitStore } from "./member-limit-store.js";
import { postgresHandle } from "./postgres-handle.js";
import { postgresSettingsOps } from "./settings-store.js";
import { postgresThreadReplyOps } from "./thread-reply-store.js";
import { unansweredQuestionQueries } from "./unanswered-questions.js";

/** Every store over one pool of a migrated database (see open-postgres.ts). */
export function createPostgresStores(
  pool: Pool,
  options: { clock?: () => Date; lockTimeoutMs?: number } = {},
): Stores {
  const handle = postgresHandle(pool, options.lockTimeoutMs);
  const shared = stepStores(
    handle,
    {
      suggestions: postgresSuggestionOps,
      transfer: postgresTransferOps,
      webConsent: postgresWebConsentOps,
      settings: postgresSettingsOps,
      threadReplies: postgresThreadReplyOps,
      unanswered: unansweredQuestionQueries(handle),
      claimCompletion: claimCompletion(handle),
    },
    options.clock,
  );
  return {
    ...shared,
    communities: createPostgresCommunityStore(handle),
    faq: {
      ...shared.faq,
      entries: createPostgresFaqEntryStore(handle),
      history: createPostgresFaqHistoryStore(handle),
      candidates: createPostgresFaqCandidateScan(handle),
      demotions: createPostgresFaqWordingDemotions(handle),
    },
    memberLimits: createPostgresMemberLimitStore(handle),
    memberData: createPostgresMemberDataStore(handle),
    deliveries: createPostgresDeliveryLedger(handle),
  };
}
