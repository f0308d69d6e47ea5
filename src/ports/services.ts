import type { FaqSearch } from "./faq-search.js";
import type { Logger } from "./logger.js";
import type { SettingsStore } from "./settings-store.js";
import type { FaqStores } from "./stores.js";
import type { ThreadReplyService } from "./thread-replies.js";

/** Everything a command may use, wired once in src/main.ts (src/services/create-services.ts). */
export interface Services {
  faq: FaqStores;
  /** The matcher behind /ask, /faq search and the thread replies. */
  faqSearch: FaqSearch;
  settings: SettingsStore;
  threadReplies: ThreadReplyService;
  logger: Logger;
}
