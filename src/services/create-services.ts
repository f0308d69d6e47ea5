import type { Logger } from "../ports/logger.js";
import type { Services } from "../ports/services.js";
import type { Stores } from "../ports/stores.js";
import { FaqSearch } from "./faq-search.js";
import { ThreadReplies, type ThreadRepliesOptions } from "./thread-replies.js";

/** Builds the services every adapter shares over one engine's stores. Tests use it too. */
export function createServices(stores: Stores, logger: Logger, options: ThreadRepliesOptions = {}): Services {
  // One search per process, so /ask, /faq search and the thread replies share its profile cache.
  const faqSearch = new FaqSearch(stores.faq.candidates);
  const threadReplies = new ThreadReplies(stores.threadReplies, faqSearch, stores.settings, options);
  return { faq: stores.faq, faqSearch, settings: stores.settings, threadReplies, logger };
}
