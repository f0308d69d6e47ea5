import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { formatConfidence } from "../../src/core/faq/format-confidence.js";
import type { UnansweredListItem } from "../../src/core/faq/thread-reply-types.js";
import { message } from "../../src/core/reply.js";
import { countOption } from "./faq-options.js";

/** How one listed question reads: its id for /faq teach, how often, why, and the closest entry. */
function describeItem(item: UnansweredListItem): string {
  const text = item.text.replace(/\s+/g, " ").slice(0, 160);
  const times = item.count > 1 ? ` (asked ${item.count}×)` : "";
  const why =
    item.reason === "not-helpful"
      ? `the asker found \`${item.bestSlug}\` not helpful`
      : `${item.reason}${
          item.bestSlug && item.bestConfidence !== null
            ? `; closest \`${item.bestSlug}\` ${formatConfidence(item.bestConfidence)}`
            : ""
        }`;
  return `- **#${item.id}** ${text}${times} · ${why} · ${item.lastAskedAt.slice(0, 10)}`;
}

export const faqUnansweredCommand = defineCommand({
  name: "unanswered",
  description: 'Recent questions the bot stayed silent on or got "Not helpful", with ids for /faq teach',
  options: z.object({
    limit: countOption("questions", 25, 10),
  }),
  permission: "moderator",
  examples: ["faq unanswered", "faq unanswered limit:25"],
  async run(input, ctx) {
    const items = await ctx.services.threadReplies.unanswered(input.limit);
    const body =
      items.length === 0
        ? "No unanswered questions: every question the bot saw was answered or has been taught."
        : `${items.map(describeItem).join("\n")}\n\nTeach one to an entry with \`/faq teach id:<n> slug:<slug>\`: the question becomes an alias of the entry.`;
    return message({
      title: "Unanswered questions",
      body,
      visibility: "private",
      data: { questions: items },
    });
  },
});
