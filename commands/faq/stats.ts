import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { message } from "../../src/core/reply.js";
import { countOption } from "./faq-options.js";

export const faqStatsCommand = defineCommand({
  name: "stats",
  description:
    "Thread-reply counts: answered, silent, helpful, not helpful, and the top unanswered questions",
  options: z.object({
    top: countOption("unanswered questions", 25, 10),
  }),
  permission: "moderator",
  dashboard: "moderators",
  examples: ["faq stats", "faq stats top:20"],
  async run(input, ctx) {
    const stats = await ctx.services.threadReplies.stats(input.top);
    const reasons = Object.entries(stats.silentByReason)
      .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
      .map(([reason, count]) => `${reason} ${count}`)
      .join(", ");
    const top =
      stats.topUnanswered.length === 0
        ? "None yet."
        : stats.topUnanswered
            .map(
              (question) =>
                `- ${question.count}× ${question.text.replace(/\s+/g, " ").slice(0, 160)} (${question.reason})`,
            )
            .join("\n");
    return message({
      title: "Thread replies",
      body: [
        `**Answered:** ${stats.answered} (dismissed ${stats.dismissed})`,
        `**Silent:** ${stats.silent}${reasons ? ` (${reasons})` : ""}`,
        `**Helpful:** ${stats.helpful} · **Not helpful:** ${stats.notHelpful}`,
        "",
        "**Top unanswered questions**",
        top,
      ].join("\n"),
      visibility: "private",
      data: stats,
    });
  },
});
