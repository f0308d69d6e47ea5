import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { problem } from "../../src/core/reply.js";
import { entryFieldOptions } from "./entry-field-options.js";
import { currentEntryText, entryFormFields } from "./entry-form.js";
import { faqFailureReply } from "./faq-failure-reply.js";
import { reasonOption, slugAutocomplete, slugOption, versionOption } from "./faq-options.js";
import { parseEntryFields } from "./parse-entry-fields.js";
import { entryReply } from "./render-entry.js";

export const faqEditCommand = defineCommand({
  name: "edit",
  description: "Change an FAQ entry; the previous text is kept (moderators)",
  options: z.object({
    slug: slugOption.describe("The entry to change"),
    ...entryFieldOptions,
    reason: reasonOption.optional().describe("Why it changed, kept in the history"),
    version: versionOption
      .optional()
      .describe("The version you read (from /faq show); refuses the edit if someone changed it since"),
  }),
  permission: "moderator",
  autocomplete: slugAutocomplete,
  form: {
    title: "Edit an FAQ entry",
    fields: entryFormFields,
    key: "slug",
    opensWhen: "no-field-given",
    // The form opens with the current lists filled in, so an emptied box means "clear the list".
    clearable: ["aliases", "tags"],
    prefill: (input, ctx) => currentEntryText(input.slug, ctx),
  },
  examples: [
    'faq edit slug:conversion-fee answer:"The fee is ..." reason:"fee changed in 2026"',
    "faq edit slug:jss-calculation tags:jss,status version:3",
  ],
  async run(input, ctx) {
    const fields = parseEntryFields(input);
    if (!fields.ok) return fields.reply;
    if (Object.keys(fields.patch).length === 0) {
      return problem(
        "invalid-input",
        "Give at least one of `question`, `answer`, `aliases`, `tags`, `sources` or `review_by` to change.",
        { option: null, expected: null },
      );
    }
    const edited = await ctx.services.faq.entries.edit(
      input.slug,
      fields.patch,
      {
        reason: input.reason ?? "(no reason given)",
        ...(input.version !== undefined ? { expectedVersion: input.version } : {}),
      },
      ctx.actor,
      ctx.now,
    );
    if (!edited.ok) return faqFailureReply(edited, { slug: input.slug }, ctx.services.faq.entries);
    const { entry, changed } = edited.value;
    return entryReply(entry, {
      visibility: "private",
      note: changed
        ? `Saved \`${entry.slug}\` as version ${entry.version}; version ${entry.version - 1} is in \`/faq history\`.`
        : `Nothing changed: \`${entry.slug}\` already says that (version ${entry.version}).`,
      showCuration: true,
      extra: { action: changed ? "edited" : "unchanged" },
    });
  },
});
