import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { faqFailureReply } from "./faq-failure-reply.js";
import { reasonOption, slugAutocomplete, slugOption } from "./faq-options.js";
import { entryReply } from "./render-entry.js";

export const faqRestoreCommand = defineCommand({
  name: "restore",
  description: "Publish an archived FAQ entry again (moderators)",
  options: z.object({
    slug: slugOption.describe("The archived entry to bring back"),
    reason: reasonOption.optional().describe("Why, kept in the audit log"),
  }),
  permission: "moderator",
  autocomplete: slugAutocomplete,
  examples: ["faq restore slug:service-fee-history"],
  async run(input, ctx) {
    const restored = await ctx.services.faq.entries.restore(
      input.slug,
      input.reason !== undefined ? { reason: input.reason } : {},
      ctx.actor,
      ctx.now,
    );
    if (!restored.ok) return faqFailureReply(restored, { slug: input.slug }, ctx.services.faq.entries);
    return entryReply(restored.value, {
      visibility: "private",
      note: `Restored \`${input.slug}\`: members and thread answers see it again.`,
      showCuration: true,
      extra: { action: "restored" },
    });
  },
});
