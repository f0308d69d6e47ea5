import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { faqFailureReply } from "./faq-failure-reply.js";
import { reasonOption, slugAutocomplete, slugOption, versionOption } from "./faq-options.js";
import { entryReply } from "./render-entry.js";

export const faqRevertCommand = defineCommand({
  name: "revert",
  description: "Make an earlier version of an FAQ entry current again (moderators)",
  options: z.object({
    slug: slugOption.describe("The entry to revert"),
    version: versionOption.describe("The version to bring back (see /faq history)"),
    reason: reasonOption.optional().describe("Why, kept in the history"),
  }),
  permission: "moderator",
  autocomplete: slugAutocomplete,
  examples: ["faq revert slug:jss-calculation version:2"],
  async run(input, ctx) {
    const reverted = await ctx.services.faq.history.revert(
      input.slug,
      input.version,
      input.reason !== undefined ? { reason: input.reason } : {},
      ctx.actor,
      ctx.now,
    );
    if (!reverted.ok)
      return faqFailureReply(
        reverted,
        { slug: input.slug, version: input.version },
        ctx.services.faq.entries,
      );
    const { entry, changed } = reverted.value;
    return entryReply(entry, {
      visibility: "private",
      note: changed
        ? `\`${entry.slug}\` now has the text of version ${input.version}, saved as version ${entry.version}.`
        : `\`${entry.slug}\` already has that text (version ${entry.version}); nothing changed.`,
      showCuration: true,
      extra: { action: changed ? "reverted" : "unchanged", revertedTo: input.version },
    });
  },
});
