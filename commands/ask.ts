import { z } from "zod";
import { defineCommand } from "../src/command-kit/command.js";
import { entryFreshness } from "../src/core/faq/entry-freshness.js";
import { formatConfidence } from "../src/core/faq/format-confidence.js";
import { marketplaceOfEntry } from "../src/core/faq/prefer-marketplace.js";
import { ruleChangeDates } from "../src/core/faq/rule-change-dates.js";
import type { MatchSummary } from "../src/core/faq/thread-reply-types.js";
import { message, problem } from "../src/core/reply.js";
import { marketplaceNames } from "../src/core/rules/marketplace-id.js";
import { readOnTheWeb } from "../src/core/web-link.js";

/** The marketplace an answer is about, for the disclaimer; a general entry gets a general one. */
function marketplaceName(tags: readonly string[]): string {
  const filed = marketplaceOfEntry(tags);
  return filed ? marketplaceNames[filed] : "marketplace";
}

export interface AskData {
  question: string;
  best: MatchSummary | null;
  related: MatchSummary[];
  /** The community's thread-reply threshold, so a reader can tell a firm match from a guess. */
  threshold: number;
}

export const askCommand = defineCommand({
  name: "ask",
  description:
    "Ask the community FAQ a question; answers with the best entry, how well it matched, and sources",
  options: z.object({
    question: z
      .string()
      .trim()
      // Each message completes runCommand's sentence "`question` must be …".
      .min(3, "at least 3 characters long")
      .max(1000, "at most 1,000 characters long")
      .describe("Your question in plain words, e.g. how long until the top rated badge shows up"),
  }),
  permission: "everyone",
  restOption: "question",
  examples: ["ask question:how long until the top rated badge shows up", "ask what is the conversion fee"],
  async run(input, ctx) {
    const { services } = ctx;
    const settings = await services.settings.get();
    const threshold = settings.confidenceThreshold;
    // The same matcher as the thread replies, so /ask and the auto-answers never disagree; the
    // marketplace the question names (else the community's) brings its own entries first.
    const { best, related } = await services.faqSearch.search(input.question, 2, settings.marketplace);
    const relatedSummaries = related.map((match) => ({
      slug: match.entry.slug,
      confidence: match.confidence,
    }));
    if (!best) {
      return problem<AskData>(
        "not-found",
        "The FAQ has nothing on that yet. Try other words, or suggest an entry with `/faq suggest`.",
        { question: input.question, best: null, related: [], threshold },
      );
    }
    const entry = best.entry;
    const today = ctx.now.toISOString().slice(0, 10);
    const freshness = entryFreshness(entry, today, ruleChangeDates(today));
    const caveat = freshness.caveat === null ? "" : `\n\n${freshness.caveat}`;
    const firm = best.confidence >= threshold;
    const caution = firm
      ? ""
      : `\n\n_This is the closest entry, but the match is weak (${formatConfidence(best.confidence)}); check that it fits your question._`;
    const relatedLine =
      related.length > 0
        ? `\n\nRelated: ${related
            .map((match) => `\`${match.entry.slug}\` (match ${formatConfidence(match.confidence)})`)
            .join(", ")} — \`/faq show slug:<slug>\``
        : "";
    return message<AskData>({
      title: entry.question,
      body: `${entry.answer}${caveat}${caution}${relatedLine}`,
      fields: [
        { name: "FAQ entry", value: `\`${entry.slug}\``, inline: true },
        // How well the question matched the entry, not how certain the facts are.
        { name: "Match", value: formatConfidence(best.confidence), inline: true },
      ],
      sources: [...entry.sources],
      links: readOnTheWeb(await services.webPageOf(entry.slug)),
      footer: `${freshness.label} · community FAQ, not official ${marketplaceName(entry.tags)} advice`,
      visibility: "public",
      data: {
        question: input.question,
        best: { slug: entry.slug, confidence: best.confidence },
        related: relatedSummaries,
        threshold,
      },
    });
  },
});
