import type { CommandGroup } from "../../src/command-kit/command.js";
import { faqAddCommand } from "./add.js";
import { faqApproveCommand } from "./approve.js";
import { faqArchiveCommand, faqRestoreCommand } from "./archive-restore.js";
import { faqEditCommand } from "./edit.js";
import { faqHistoryCommand } from "./history.js";
import { faqListCommand } from "./list.js";
import { faqQueueCommand } from "./queue.js";
import { faqRejectCommand } from "./reject.js";
import { faqRevertCommand } from "./revert.js";
import { faqSearchCommand } from "./search.js";
import { faqShowCommand } from "./show.js";
import { faqStaleCommand } from "./stale.js";
import { faqStatsCommand } from "./stats.js";
import { faqSuggestCommand } from "./suggest.js";
import { faqTeachCommand } from "./teach.js";
import { faqUnansweredCommand } from "./unanswered.js";

/**
 * `/faq`: reading and suggesting for everyone, curation for moderators. One group rather than
 * fifteen top-level commands keeps Discord's command picker and Slack's slash-command list short.
 */
export const faqCommand: CommandGroup = {
  name: "faq",
  description: "The community FAQ: show, search, list, suggest; moderators curate",
  subcommands: [
    faqShowCommand,
    faqSearchCommand,
    faqListCommand,
    faqSuggestCommand,
    faqAddCommand,
    faqEditCommand,
    faqArchiveCommand,
    faqRestoreCommand,
    faqHistoryCommand,
    faqRevertCommand,
    faqQueueCommand,
    faqApproveCommand,
    faqRejectCommand,
    faqStaleCommand,
    faqStatsCommand,
    faqUnansweredCommand,
    faqTeachCommand,
  ],
};
