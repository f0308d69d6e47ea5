import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { message } from "../../src/core/reply.js";
import { faqFailureReply } from "./faq-failure-reply.js";
import { reasonOption, slugAutocomplete, slugOption, versionOption } from "./faq-options.js";

export const faqArchiveCommand = defineCommand({
  name: "archive",
  description: "Hide an FAQ entry from members and answers; it can be restored (moderators)",
  options: z.object({
    slug: slugOption.describe("The entry to archive"),
    reason: reasonOption.optional().describe("Why, kept in the audit log"),
    version: versionOption.optional().describe("The version you read; refuses if someone changed it since"),
  }),
  permission: "moderator",
  autocomplete: slugAutocomplete,
  examples: ['faq archive slug:service-fee-history reason:"superseded"'],
  async run(input, ctx) {
    const archived = await ctx.services.faq.entries.archive(
      input.slug,
      {
        ...(input.reason !== undefined ? { reason: input.reason } : {}),
        ...(input.version !== undefined ? { expectedVersion: input.version } : {}),
      },
      ctx.actor,
      ctx.now,
    );
    if (!archived.ok) return faqFailureReply(archived, { slug: input.slug }, ctx.services.faq.entries);
    return message({
      title: "Entry archived",
      body: `\`${input.slug}\` no longer shows in searches, lists or thread answers. \`/faq restore slug:${input.slug}\` brings it back.`,
      visibility: "private",
      data: { action: "archived", slug: input.slug, version: archived.value.version },
    });
  },
});
