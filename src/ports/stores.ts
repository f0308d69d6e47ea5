import type { CommunityStore } from "./community-store.js";
import type { DeliveryLedger } from "./delivery-ledger.js";
import type { FaqCandidateScan } from "./faq-candidate-scan.js";
import type { FaqEntryStore } from "./faq-entry-store.js";
import type { FaqHistoryStore } from "./faq-history-store.js";
import type { FaqSuggestionStore } from "./faq-suggestion-store.js";
import type { FaqTransferStore } from "./faq-transfer-store.js";
import type { FaqWebConsentStore } from "./faq-web-consent-store.js";
import type { FaqWordingDemotions } from "./faq-wording-demotions.js";
import type { MemberDataStore } from "./member-data-store.js";
import type { MemberLimitStore } from "./member-limit-store.js";
import type { SettingsStore } from "./settings-store.js";
import type { ThreadReplyStore } from "./thread-reply-store.js";

/** The FAQ's stores, cut by what they serve. */
export interface FaqStores {
  entries: FaqEntryStore;
  history: FaqHistoryStore;
  suggestions: FaqSuggestionStore;
  transfer: FaqTransferStore;
  /** The bounded full-text first cut (flat cost at any FAQ size). */
  candidates: FaqCandidateScan;
  /** Entries askers rejected for a wording ("Not helpful"), which the search leaves out for it. */
  demotions: FaqWordingDemotions;
  /** Members' consent to their captured answers being on the public web. */
  webConsent: FaqWebConsentStore;
}

/** What a database engine provides: every store, over one connection (pool). */
export interface Stores {
  communities: CommunityStore;
  faq: FaqStores;
  settings: SettingsStore;
  threadReplies: ThreadReplyStore;
  /** Per-member flood limits, counted in the database. */
  memberLimits: MemberLimitStore;
  /** What is kept about members: the retention purge and erasure on request. */
  memberData: MemberDataStore;
  /** Platform deliveries already seen by any instance (Slack retries across replicas). */
  deliveries: DeliveryLedger;
}
