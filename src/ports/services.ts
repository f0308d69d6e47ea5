import type { CommandEntry } from "../command-kit/command.js";
import type { FaqCandidateScan } from "./faq-candidate-scan.js";
import type { FaqStore } from "./faq-store.js";
import type { Logger } from "./logger.js";
import type { SettingsStore } from "./settings-store.js";
import type { ThreadReplyService } from "./thread-replies.js";

/** Everything a command may use, wired once in src/main.ts. */
export interface Services {
  /** The registered commands, for /help and the platform registrations. */
  commands: readonly CommandEntry[];
  faq: FaqStore;
  /** The bounded first cut behind /ask, /faq search and the thread replies (flat cost at any FAQ size). */
  faqCandidates: FaqCandidateScan;
  settings: SettingsStore;
  threadReplies: ThreadReplyService;
  logger: Logger;
}
