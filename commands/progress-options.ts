import { z } from "zod";

/**
 * What a freelancer tells /eligibility and /exclusive-check about her progress toward Top Rated,
 * declared once so both commands ask the same way.
 */

const historyRule =
  "16 characters of 1 and 0, oldest week first (1 = an eligible week: JSS of 90 or more, or Rising Talent), e.g. 0000111111111111";

/** A yes/no fact the member may state; left out, the reply says what it assumed. */
export const statedFact = (description: string) => z.boolean().optional().describe(description);

export const progressOptions = {
  weeks: z
    .number()
    .int()
    .min(0)
    .max(16)
    .optional()
    .describe("Eligible weeks of the last 16: JSS of 90 or more, or holding Rising Talent, both count"),
  history: z
    .string()
    .regex(/^[01]{16}$/, historyRule)
    .optional()
    .describe("Last 16 weeks as 1 (eligible) or 0, oldest first, e.g. 0000111111111111; exact, unlike weeks"),
  first_contract_days: z
    .number()
    .int()
    .min(0)
    .max(36_500)
    .optional()
    .describe("Days since your first contract started"),
  profile: z.number().min(0).max(100).optional().describe("Profile completeness in percent"),
  elance: statedFact("Whether your profile was carried over from Elance (90% complete is then enough)"),
  hold: statedFact("Whether your account had a recent hold, flag or restriction"),
  available: statedFact("Whether your availability is up to date"),
};

/** The one contradiction among them; the message says what to change. */
export function weeksOrHistoryContradiction(input: { weeks?: number; history?: string }): string | undefined {
  if (input.weeks !== undefined && input.history !== undefined) {
    return "Give either `weeks` or `history`, not both: `history` already says which of the 16 weeks were good (it is exact, so prefer it).";
  }
  return undefined;
}
