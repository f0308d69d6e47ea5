import type { FaqContent, FaqEntryInput } from "../types.js";

/** An entry with every optional field filled: the form entries are compared, stored and exported in. */
export function completeEntry(input: FaqEntryInput): FaqContent {
  return {
    slug: input.slug,
    question: input.question,
    answer: input.answer,
    aliases: input.aliases ?? [],
    tags: input.tags ?? [],
    sources: input.sources ?? [],
    criteria: input.criteria ?? [],
    owner: input.owner ?? null,
    reviewBy: input.reviewBy ?? null,
  };
}
