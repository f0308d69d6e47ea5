import type { FaqEntryPatch } from "../../src/core/faq/types.js";
import type { Reply } from "../../src/core/reply.js";
import { parseListOption } from "./parse-list-option.js";
import { parseReviewBy } from "./parse-review-by.js";

/** The text options add, edit and approve share, as typed. */
export interface EntryFieldOptions {
  question?: string | undefined;
  answer?: string | undefined;
  aliases?: string | undefined;
  tags?: string | undefined;
  sources?: string | undefined;
  review_by?: string | undefined;
}

/** The options as a patch: only what was given, lists split and checked like an import file. */
export function parseEntryFields(
  input: EntryFieldOptions,
): { ok: true; patch: FaqEntryPatch } | { ok: false; reply: Reply } {
  const patch: FaqEntryPatch = {};
  if (input.question !== undefined) patch.question = input.question;
  if (input.answer !== undefined) patch.answer = input.answer;
  for (const name of ["aliases", "tags", "sources"] as const) {
    const parsed = parseListOption(name, input[name]);
    if (!parsed.ok) return parsed;
    if (parsed.value !== undefined) patch[name] = parsed.value;
  }
  const reviewBy = parseReviewBy(input.review_by);
  if (!reviewBy.ok) return reviewBy;
  if (reviewBy.value !== undefined) patch.reviewBy = reviewBy.value;
  return { ok: true, patch };
}
