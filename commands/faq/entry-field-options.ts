import { answerOption, listOption, questionOption, reviewByOption } from "./faq-options.js";

/** The optional text options of add, edit and approve, described once. */
export const entryFieldOptions = {
  question: questionOption.optional().describe("The question as members ask it (at most 300 characters)"),
  answer: answerOption.optional().describe("The answer members see (at most 4,000 characters)"),
  aliases: listOption.optional().describe("Other ways to ask, comma-separated; - clears them"),
  tags: listOption.optional().describe("Tags, comma-separated, e.g. jss, top-rated; - clears them"),
  sources: listOption.optional().describe("Source links (https://...), comma-separated; - clears them"),
  review_by: reviewByOption.optional().describe("Date to re-check the answer, YYYY-MM-DD; - clears it"),
};
