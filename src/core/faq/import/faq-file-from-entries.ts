import { type FaqContent, pickFaqContent } from "../types.js";
import type { FaqFile } from "./faq-file-schema.js";

/** The export file for a set of entries: the same format the importer reads, every field written. */
export function faqFileFromEntries(entries: readonly FaqContent[]): FaqFile {
  return {
    version: 1,
    entries: entries.map((entry) => {
      // The file spells reviewBy the way moderators type it in chat (review_by).
      const { reviewBy, ...content } = pickFaqContent(entry);
      return { ...content, review_by: reviewBy };
    }),
  };
}
