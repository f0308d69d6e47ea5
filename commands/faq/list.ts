import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { message, problem } from "../../src/core/reply.js";

export interface FaqListData {
  tag: string | null;
  page: number;
  pages: number;
  total: number;
  entries: { slug: string; question: string }[];
}

/** Keeps one page inside Discord's 4,096-character embed description. */
const PAGE_SIZE = 25;

export const faqListCommand = defineCommand({
  name: "list",
  description: "List the FAQ entries, optionally only those with a tag",
  options: z.object({
    tag: z
      .string()
      .trim()
      .toLowerCase()
      .max(40, "at most 40 characters")
      .optional()
      .describe("Only entries with this tag, e.g. jss or top-rated"),
    page: z.number().int("a whole number").min(1, "1 or more").default(1).describe("Page of 25 entries"),
  }),
  permission: "everyone",
  restOption: "tag",
  examples: ["faq list", "faq list tag:jss", "faq list page:2"],
  async run(input, ctx) {
    const tag = input.tag && input.tag !== "" ? input.tag : undefined;
    const total = await ctx.services.faq.entries.countPublished(tag);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (total === 0) {
      const tags = await ctx.services.faq.entries.tagsInUse();
      const known = tags.length > 0 ? ` Tags in use: ${tags.map((name) => `\`${name}\``).join(", ")}.` : "";
      return problem<FaqListData>(
        "not-found",
        tag ? `No entry has the tag \`${tag}\`.${known}` : "The FAQ is empty.",
        { tag: tag ?? null, page: 1, pages: 1, total: 0, entries: [] },
      );
    }
    if (input.page > pages) {
      return problem<FaqListData>(
        "invalid-input",
        `\`page\` must be from 1 to ${pages} (you gave \`${input.page}\`): the list has ${pages} page${pages === 1 ? "" : "s"}.`,
        {
          tag: tag ?? null,
          page: input.page,
          pages,
          total,
          entries: [],
        },
      );
    }
    // One page from SQL: a 100,000-entry FAQ is never loaded whole for a list.
    const entries = (
      await ctx.services.faq.entries.listPublished(tag, {
        offset: (input.page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      })
    ).map((entry) => ({ slug: entry.slug, question: entry.question }));
    const lines = entries.map((entry) => `- \`${entry.slug}\` ${entry.question.slice(0, 110)}`);
    const more = pages > 1 ? `\n\nPage ${input.page} of ${pages}: \`/faq list page:<n>\`.` : "";
    return message<FaqListData>({
      title: tag ? `FAQ entries tagged ${tag} (${total})` : `FAQ entries (${total})`,
      body: `${lines.join("\n")}${more}`,
      visibility: "public",
      data: { tag: tag ?? null, page: input.page, pages, total, entries },
    });
  },
});
