import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { problem } from "../../src/core/reply.js";
import { entryFieldOptions } from "./entry-field-options.js";
import { entryFormFields } from "./entry-form.js";
import { faqFailureReply } from "./faq-failure-reply.js";
import { slugAutocomplete, slugOption } from "./faq-options.js";
import { parseEntryFields } from "./parse-entry-fields.js";
import { entryReply } from "./render-entry.js";

export const faqAddCommand = defineCommand({
  name: "add",
  description: "Add an FAQ entry (moderators)",
  options: z.object({
    slug: slugOption.describe("A short unique name, lowercase with hyphens, e.g. top-rated-badge-delay"),
    // Optional in the schema so Discord can ask for the long text in a modal; run() requires them.
    ...entryFieldOptions,
  }),
  permission: "moderator",
  autocomplete: slugAutocomplete,
  form: {
    title: "Add an FAQ entry",
    fields: entryFormFields,
    required: ["question", "answer"],
    opensWhen: "required-missing",
  },
  examples: [
    'faq add slug:conversion-fee question:"What is the conversion fee?" answer:"A fee to move a client off the platform." tags:fees',
  ],
  async run(input, ctx) {
    const missing = (["question", "answer"] as const).filter((name) => input[name] === undefined);
    const [first] = missing;
    if (first !== undefined) {
      // The usage marks them optional (Discord asks for them in a form), so say why they are needed.
      return problem(
        "invalid-input",
        `An entry needs ${missing.map((name) => `\`${name}\``).join(" and ")} as well: ${missing.length === 1 ? "it shows" : "they show"} as optional only because Discord asks for ${missing.length === 1 ? "it" : "them"} in a form. Add ${missing.length === 1 ? "it" : "them"}, e.g. \`/faq add slug:${input.slug} question:"…" answer:"…"\`.`,
        { option: first, expected: null, missing },
      );
    }
    const fields = parseEntryFields(input);
    if (!fields.ok) return fields.reply;
    const added = await ctx.services.faq.entries.add(
      { ...fields.patch, slug: input.slug, question: input.question ?? "", answer: input.answer ?? "" },
      ctx.actor,
      ctx.now,
    );
    if (!added.ok) return faqFailureReply(added, { slug: input.slug }, ctx.services.faq.entries);
    return entryReply(added.value, {
      visibility: "private",
      note: `Added \`${added.value.slug}\` (version 1).`,
      showCuration: true,
      extra: { action: "added" },
    });
  },
});
