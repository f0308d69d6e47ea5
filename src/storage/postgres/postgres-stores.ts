import type { Pool } from "pg";
import type { Stores } from "../../ports/stores.js";
import { createPostgresCommunityStore } from "./community-store.js";
import { createPostgresDeliveryLedger } from "./delivery-ledger.js";
import { createPostgresFaqCandidateScan } from "./faq-candidate-scan.js";
import { createPostgresFaqEntryStore } from "./faq-entry-store.js";
import { createPostgresFaqHistoryStore } from "./faq-history-store.js";
import { createPostgresFaqSuggestionStore } from "./faq-suggestion-store.js";
import { createPostgresFaqTransferStore } from "./faq-transfer-store.js";
import { createPostgresFaqWebConsentStore } from "./faq-web-consent-store.js";
import { createPostgresFaqWordingDemotions } from "./faq-wording-demotions.js";
import { createPostgresMemberDataStore } from "./member-data-store.js";
import { createPostgresMemberLimitStore } from "./member-limit-store.js";
import { postgresHandle } from "./postgres-handle.js";
import { createPostgresSettingsStore } from "./settings-store.js";
import { createPostgresThreadReplyStore } from "./thread-reply-store.js";

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
      suggestions: createPostgresFaqSuggestionStore(handle),
      transfer: createPostgresFaqTransferStore(handle),
      candidates: createPostgresFaqCandidateScan(handle),
      demotions: createPostgresFaqWordingDemotions(handle),
      webConsent: createPostgresFaqWebConsentStore(handle),
    },
    settings: createPostgresSettingsStore(handle, options.clock),
    threadReplies: createPostgresThreadReplyStore(handle),
    memberLimits: createPostgresMemberLimitStore(handle),
    memberData: createPostgresMemberDataStore(handle),
    deliveries: createPostgresDeliveryLedger(handle),
  };
}
