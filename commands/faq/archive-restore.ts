import { z } from "zod";
import { type Command, defineCommand } from "../../src/command-kit/command.js";
import type { FaqEntry } from "../../src/core/faq/types.js";
import { message, type Reply } from "../../src/core/reply.js";
import { changeOf } from "./change-of.js";
import { faqFailureReply } from "./faq-failure-reply.js";
import { reasonOption, slugAutocomplete, slugOption, versionOption } from "./faq-options.js";
import { entryReply } from "./render-entry.js";

/**
 * Archive and restore change who sees an entry, not its text: the same options, the same store
 * call with a version check, the same refusals; only the direction and the wording differ.
 */
function visibilityCommand(spec: {
  name: "archive" | "restore";
  description: string;
  slugHelp: string;
  example: string;
  reply(entry: FaqEntry): Reply;
}): Command {
  return defineCommand({
    name: spec.name,
    description: spec.description,
    options: z.object({
      slug: slugOption.describe(spec.slugHelp),
      reason: reasonOption.optional().describe("Why, kept in the audit log"),
      version: versionOption.optional().describe("The version you read; refuses if someone changed it since"),
    }),
    permission: "moderator",
    autocomplete: slugAutocomplete,
    examples: [spec.example],
    async run(input, ctx) {
      const entries = ctx.services.faq.entries;
      const outcome = await entries[spec.name](input.slug, changeOf(input), ctx.actor, ctx.now);
      if (!outcome.ok) return faqFailureReply(outcome, { slug: input.slug }, entries);
      return spec.reply(outcome.value);
    },
  });
}

export const faqArchiveCommand = visibilityCommand({
  name: "archive",
  description: "Hide an FAQ entry from members and answers; it can be restored (moderators)",
  slugHelp: "The entry to archive",
  example: 'faq archive slug:service-fee-history reason:"superseded"',
  reply: (entry) =>
    message({
      title: "Entry archived",
      body: `\`${entry.slug}\` no longer shows in searches, lists or thread answers. \`/faq restore slug:${entry.slug}\` brings it back.`,
      visibility: "private",
      data: { action: "archived", slug: entry.slug, version: entry.version },
    }),
});

export const faqRestoreCommand = visibilityCommand({
  name: "restore",
  description: "Publish an archived FAQ entry again (moderators)",
  slugHelp: "The archived entry to bring back",
  example: "faq restore slug:service-fee-history",
  reply: (entry) =>
    entryReply(entry, {
      visibility: "private",
      note: `Restored \`${entry.slug}\`: members and thread answers see it again.`,
      showCuration: true,
      extra: { action: "restored" },
    }),
});
