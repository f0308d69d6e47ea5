import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { problem } from "../../src/core/reply.js";
import { entryFieldOptions } from "./entry-field-options.js";
import { entryFormFields, queueButtons } from "./entry-form.js";
import { faqFailureReply } from "./faq-failure-reply.js";
import {
  answerOption,
  questionOption,
  slugAutocomplete,
  slugOption,
  suggestionIdOption,
} from "./faq-options.js";
import { parseEntryFields } from "./parse-entry-fields.js";
import { entryReply } from "./render-entry.js";

export const faqApproveCommand = defineCommand({
  name: "approve",
  description: "Publish a suggestion as an FAQ entry, optionally editing it first (moderators)",
  options: z.object({
    id: suggestionIdOption.describe("The suggestion's number (see /faq queue)"),
    slug: slugOption.optional().describe("The new entry's slug; made from the question when left out"),
    ...entryFieldOptions,
  }),
  permission: "moderator",
  autocomplete: slugAutocomplete,
  // The queue's Edit button opens the suggestion's text in the form; Approve publishes it as it is.
  form: {
    title: "Edit, then approve the suggestion",
    fields: entryFormFields,
    required: ["question", "answer"],
    key: "id",
    async prefill(input, ctx) {
      const suggestion =
        typeof input.id === "number" ? await ctx.services.faq.suggestions.getSuggestion(input.id) : null;
      return suggestion ? { question: suggestion.question, answer: suggestion.answer } : null;
    },
  },
  buttons: [queueButtons.approve, queueButtons.edit],
  examples: ["faq approve id:12", 'faq approve id:12 slug:jss-refunds answer:"A refund ..." tags:jss'],
  async run(input, ctx) {
    const suggestion = await ctx.services.faq.suggestions.getSuggestion(input.id);
    if (!suggestion)
      return faqFailureReply({ code: "not-found" }, { suggestionId: input.id }, ctx.services.faq.entries);
    const fields = parseEntryFields(input);
    if (!fields.ok) return fields.reply;
    // Text captured from a thread may be longer than an entry allows: the moderator shortens it here.
    const checks = [
      ["question", questionOption, fields.patch.question ?? suggestion.question],
      ["answer", answerOption, fields.patch.answer ?? suggestion.answer],
    ] as const;
    for (const [name, rule, text] of checks) {
      const checked = rule.safeParse(text);
      if (!checked.success) {
        return problem(
          "invalid-input",
          `The ${name} must be ${checked.error.issues[0]?.message ?? "valid"} to publish; give a shorter \`${name}\` with the approval.`,
          { option: name, expected: null, suggestionId: input.id },
        );
      }
    }
    const approved = await ctx.services.faq.suggestions.approve(
      input.id,
      { ...fields.patch, ...(input.slug !== undefined ? { slug: input.slug } : {}) },
      ctx.actor,
      ctx.now,
    );
    if (!approved.ok) {
      return faqFailureReply(
        approved,
        { suggestionId: input.id, ...(input.slug ? { slug: input.slug } : {}) },
        ctx.services.faq.entries,
      );
    }
    const { entry } = approved.value;
    return entryReply(entry, {
      visibility: "private",
      note: `Suggestion #${input.id} is now the FAQ entry \`${entry.slug}\`.`,
      showCuration: true,
      extra: { action: "approved", suggestionId: input.id },
    });
  },
});
