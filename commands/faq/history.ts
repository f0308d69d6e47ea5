import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { message } from "../../src/core/reply.js";
import { entryNotFound } from "./faq-failure-reply.js";
import { slugAutocomplete, slugOption } from "./faq-options.js";

const SHOWN = 15;

export const faqHistoryCommand = defineCommand({
  name: "history",
  description: "Show an FAQ entry's earlier versions: who changed it, when and why (moderators)",
  options: z.object({ slug: slugOption.describe("The entry whose history to show") }),
  permission: "moderator",
  autocomplete: slugAutocomplete,
  restOption: "slug",
  examples: ["faq history slug:jss-calculation"],
  async run(input, ctx) {
    const history = await ctx.services.faq.history.history(input.slug);
    if (!history) return entryNotFound(input.slug, ctx.services.faq.entries);
    const { entry, revisions } = history;
    const current = `- **v${entry.version}** (current, ${entry.status}) since ${entry.updatedAt.slice(0, 16).replace("T", " ")}`;
    const lines = revisions
      .slice(0, SHOWN)
      .map(
        (revision) =>
          `- **v${revision.version}** replaced ${revision.changedAt.slice(0, 16).replace("T", " ")} by ${revision.changedBy}: ${revision.reason.slice(0, 120)}\n  _${revision.question.slice(0, 100)}_`,
      );
    const more = revisions.length > SHOWN ? `\n…and ${revisions.length - SHOWN} older versions.` : "";
    const hint =
      revisions.length > 0 ? `\n\nBring one back with \`/faq revert slug:${entry.slug} version:<n>\`.` : "";
    return message({
      title: `History of ${entry.slug}`,
      body: `${[current, ...lines].join("\n")}${more}${hint}`,
      visibility: "private",
      data: {
        slug: entry.slug,
        currentVersion: entry.version,
        status: entry.status,
        revisions: revisions.map((revision) => ({
          version: revision.version,
          changedBy: revision.changedBy,
          changedAt: revision.changedAt,
          reason: revision.reason,
        })),
      },
    });
  },
});
