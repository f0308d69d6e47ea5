import { z } from "zod";
import {
  aliasesRule,
  answerRule,
  criteriaRule,
  ownerRule,
  questionRule,
  reviewByRule,
  slugRule,
  sourcesRule,
  tagsRule,
} from "./faq-entry-rules.js";

/**
 * One entry of the import/export file. Only slug, question and answer are required; a field left
 * out means empty (the file describes each entry whole). Unknown keys are refused so that a typo
 * such as "answr" is reported instead of silently dropped.
 */
export const faqFileEntrySchema = z.strictObject({
  slug: slugRule,
  question: questionRule,
  answer: answerRule,
  aliases: aliasesRule.optional(),
  tags: tagsRule.optional(),
  sources: sourcesRule.optional(),
  criteria: criteriaRule.optional(),
  owner: ownerRule.nullable().optional(),
  review_by: reviewByRule.nullable().optional(),
});

export const faqFileSchema = z.strictObject({
  version: z.literal(1, { error: "version must be 1" }),
  entries: z.array(faqFileEntrySchema),
});

export type FaqFileEntry = z.infer<typeof faqFileEntrySchema>;
export type FaqFile = z.infer<typeof faqFileSchema>;
