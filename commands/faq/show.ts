import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { readOnTheWeb } from "../../src/core/web-link.js";
import { entryNotFound } from "./faq-failure-reply.js";
import { slugAutocomplete, slugOption } from "./faq-options.js";
import { entryReply } from "./render-entry.js";

export const faqShowCommand = defineCommand({
  name: "show",
  description: "Show one FAQ entry with its sources",
  options: z.object({
    slug: slugOption.describe("The entry's slug, e.g. top-rated-badge-delay (see /faq list)"),
  }),
  permission: "everyone",
  autocomplete: slugAutocomplete,
  restOption: "slug",
  examples: ["faq show slug:top-rated-badge-delay", "faq show jss-calculation"],
  async run(input, ctx) {
    const entry = await ctx.services.faq.entries.getBySlug(input.slug);
    // Archived entries are kept for history; only moderators see them.
    if (!entry || (entry.status === "archived" && !ctx.actor.isModerator)) {
      return entryNotFound(input.slug, ctx.services.faq.entries);
    }
    const isPublic = entry.status === "published";
    const reply = entryReply(entry, {
      visibility: isPublic ? "public" : "private",
      showCuration: ctx.actor.isModerator,
      today: ctx.now.toISOString().slice(0, 10),
    });
    // An archived entry has no public page.
    return isPublic ? { ...reply, links: readOnTheWeb(await ctx.services.webPageOf(entry.slug)) } : reply;
  },
});
