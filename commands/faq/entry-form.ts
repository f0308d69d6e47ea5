import type { CommandContext } from "../../src/command-kit/command.js";
import type { FormField } from "../../src/command-kit/command-ui.js";
import { FAQ_LIMITS } from "../../src/core/faq/import/faq-entry-rules.js";

/** The text boxes of the add, edit and approve forms: answers run to paragraphs. */
export const entryFormFields: readonly FormField[] = [
  {
    option: "question",
    label: "Question",
    placeholder: "How do I get Top Rated?",
    multiline: false,
    maxLength: FAQ_LIMITS.questionMaxLength,
  },
  {
    option: "answer",
    label: "Answer",
    placeholder: "The answer members should see, with **bold**, `code` and links.",
    multiline: true,
    maxLength: FAQ_LIMITS.answerMaxLength,
  },
  {
    option: "aliases",
    label: "Other ways to ask (comma-separated)",
    placeholder: "top rated badge, how to become top rated",
    multiline: true,
    maxLength: 3000,
  },
  {
    option: "tags",
    label: "Tags (comma-separated)",
    placeholder: "status, badges",
    multiline: false,
    maxLength: 600,
  },
];

/** The entry's current text, so that an edit form opens filled in; null when there is no such entry. */
export async function currentEntryText(
  slug: unknown,
  ctx: CommandContext,
): Promise<Record<string, string> | null> {
  // Without a slug (Slack's form has a box for it) the form simply opens empty.
  if (typeof slug !== "string" || slug.trim() === "") return {};
  const entry = await ctx.services.faq.entries.getBySlug(slug.trim().toLowerCase());
  if (!entry) return null;
  return {
    question: entry.question,
    answer: entry.answer,
    aliases: entry.aliases.join(", "),
    tags: entry.tags.join(", "),
    sources: entry.sources.join(", "),
    ...(entry.reviewBy ? { review_by: entry.reviewBy } : {}),
  };
}

/** The buttons `/faq queue` puts under each suggestion; approve and reject declare what they run. */
export const queueButtons = {
  approve: { idPrefix: "faq:approve:", option: "id" },
  edit: { idPrefix: "faq:edit:", option: "id", form: "required" },
  reject: { idPrefix: "faq:reject:", option: "id", form: "offered" },
} as const;
