import type { FaqContent } from "../types.js";
import type { FaqFile } from "./faq-file-schema.js";

/** The export file for a set of entries: the same format the importer reads, every field written. */
export function faqFileFromEntries(entries: readonly FaqContent[]): FaqFile {
  return {
    version: 1,
    entries: entries.map((entry) => ({
      slug: entry.slug,
      question: entry.question,
      answer: entry.answer,
      aliases: entry.aliases,
      tags: entry.tags,
      sources: entry.sources,
      criteria: entry.criteria,
      owner: entry.owner,
      review_by: entry.reviewBy,
    })),
  };
}
