import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { message } from "../../src/core/reply.js";

const SHOWN = 30;

export const faqStaleCommand = defineCommand({
  name: "stale",
  description: "List FAQ entries past their review-by date, most overdue first (moderators)",
  options: z.object({}),
  permission: "moderator",
  dashboard: "moderators",
  examples: ["faq stale"],
  async run(_input, ctx) {
    const today = ctx.now.toISOString().slice(0, 10);
    const stale = await ctx.services.faq.entries.listStale(ctx.now);
    const entries = stale.map((entry) => ({
      slug: entry.slug,
      reviewBy: entry.reviewBy,
      question: entry.question,
    }));
    if (entries.length === 0) {
      return message({
        title: "Stale entries",
        body: `No entry is past its review date (today is ${today}).`,
        visibility: "private",
        data: { today, entries },
      });
    }
    const lines = entries
      .slice(0, SHOWN)
      .map((entry) => `- \`${entry.slug}\` review by ${entry.reviewBy}: ${entry.question.slice(0, 100)}`);
    const more = entries.length > SHOWN ? `\n…and ${entries.length - SHOWN} more.` : "";
    return message({
      title: `Stale entries (${entries.length})`,
      body: `${lines.join("\n")}${more}\n\nCheck each against its sources, then \`/faq edit slug:<slug> review_by:<new date>\`.`,
      visibility: "private",
      data: { today, entries },
    });
  },
});
