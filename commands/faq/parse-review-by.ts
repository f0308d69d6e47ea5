import { reviewByRule } from "../../src/core/faq/import/faq-entry-rules.js";
import { problem, type Reply } from "../../src/core/reply.js";

export type ParsedReviewBy = { ok: true; value: string | null | undefined } | { ok: false; reply: Reply };

/** `review_by`: undefined when not given, null for `-` (clear), else a real calendar date. */
export function parseReviewBy(raw: string | undefined): ParsedReviewBy {
  if (raw === undefined) return { ok: true, value: undefined };
  if (raw === "-") return { ok: true, value: null };
  // The option's regex checked the shape; this checks the date exists (no 2026-02-30).
  if (!reviewByRule.safeParse(raw).success) {
    return {
      ok: false,
      reply: problem(
        "invalid-input",
        `\`review_by\` must be a real date written YYYY-MM-DD (you gave \`${raw}\`).`,
        {
          option: "review_by",
          expected: "YYYY-MM-DD",
        },
      ),
    };
  }
  return { ok: true, value: raw };
}
