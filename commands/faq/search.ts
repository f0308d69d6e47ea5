import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { formatConfidence } from "../../src/core/faq/format-confidence.js";
import { message, problem } from "../../src/core/reply.js";

export interface FaqSearchData {
  query: string;
  results: { slug: string; question: string; confidence: number }[];
}

const MAX_RESULTS = 5;

export const faqSearchCommand = defineCommand({
  name: "search",
  description: "Search the FAQ and list the closest entries with how well each matched",
  options: z.object({
    query: z
      .string()
      .trim()
      .min(2, "at least 2 characters")
      .max(300, "at most 300 characters")
      .describe("Words to look for, e.g. top rated badge delay"),
  }),
  permission: "everyone",
  restOption: "query",
  examples: ["faq search query:conversion fee", "faq search jss private feedback"],
  async run(input, ctx) {
    // The same matcher as /ask and the thread replies, so a moderator sees what members would get.
    const { best, related } = await ctx.services.faqSearch.search(input.query, MAX_RESULTS - 1);
    const matches = best ? [best, ...related] : [];
    const results = matches.map((match) => ({
      slug: match.entry.slug,
      question: match.entry.question,
      confidence: match.confidence,
    }));
    if (results.length === 0) {
      return problem<FaqSearchData>(
        "not-found",
        "No FAQ entry matches those words. Try fewer or other words, or `/faq list` to browse.",
        { query: input.query, results },
      );
    }
    const lines = results.map(
      (result) => `- \`${result.slug}\` ${result.question} (match ${formatConfidence(result.confidence)})`,
    );
    return message<FaqSearchData>({
      title: `FAQ entries for “${input.query.slice(0, 80)}”`,
      body: `${lines.join("\n")}\n\nOpen one with \`/faq show slug:<slug>\`.`,
      visibility: "private",
      data: { query: input.query, results },
    });
  },
});
