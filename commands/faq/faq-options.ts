import { z } from "zod";
import type { CommandContext } from "../../src/command-kit/command.js";
import { FAQ_LIMITS, SLUG_PATTERN } from "../../src/core/faq/import/faq-entry-rules.js";

/**
 * Option schemas shared by the /faq subcommands. Messages complete the sentence runCommand
 * writes ("`answer` must be …"). Lists (aliases, tags, sources) are one text option each,
 * comma-separated, because neither Discord nor Slack has list options; a single `-` clears a list.
 */
const count = (n: number) => n.toLocaleString("en-US");

export const slugOption = z
  .string()
  .trim()
  .toLowerCase()
  .max(FAQ_LIMITS.slugMaxLength, `at most ${FAQ_LIMITS.slugMaxLength} characters`)
  .regex(SLUG_PATTERN, "lowercase letters and digits joined by hyphens, e.g. top-rated-badge-delay");

export const questionOption = z
  .string()
  .trim()
  .min(1, "some text, not only spaces")
  .max(FAQ_LIMITS.questionMaxLength, `at most ${count(FAQ_LIMITS.questionMaxLength)} characters`);

export const answerOption = z
  .string()
  .trim()
  .min(1, "some text, not only spaces")
  .max(FAQ_LIMITS.answerMaxLength, `at most ${count(FAQ_LIMITS.answerMaxLength)} characters`);

/** Long enough for every list's items joined by commas. */
export const listOption = z.string().trim().max(3000, "at most 3,000 characters");

export const reviewByOption = z
  .string()
  .trim()
  .regex(/^(?:\d{4}-\d{2}-\d{2}|-)$/, "a date written YYYY-MM-DD, or - to clear it");

export const reasonOption = z
  .string()
  .trim()
  .min(1, "some text, not only spaces")
  .max(500, "at most 500 characters");

export const versionOption = z.number().int("a whole number").min(1, "1 or more");

export const suggestionIdOption = z.number().int("a whole number").min(1, "1 or more");

/** The `id` option of the commands that act on one suggestion. */
export const suggestionIdInput = {
  id: suggestionIdOption.describe("The suggestion's number (see /faq queue)"),
};

/** How many items a listing shows: a whole number from 1 to `max`, `fallback` when left out. */
export function countOption(what: string, max: number, fallback: number) {
  return z
    .number()
    .int("a whole number")
    .min(1, "1 or more")
    .max(max, `${max} or fewer`)
    .default(fallback)
    .describe(`How many ${what} to show (1-${max}, default ${fallback})`);
}

/** Autocomplete for a `slug` option: the published slugs, read live. */
export const slugAutocomplete = {
  slug: (ctx: CommandContext) => ctx.services.faq.entries.allSlugs(),
};
