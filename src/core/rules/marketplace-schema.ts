import { z } from "zod";
import { type Source, sourcesSchema, withCitedEvidence } from "./evidence-schema.js";
import { categoryKeySchema } from "./threshold-schema.js";

/**
 * A marketplace fact with its sources; `note` carries caveats and disagreements. The fact's grade
 * and date are those of its first source (see sourcesSchema).
 */
function fact<TShape extends z.ZodRawShape>(shape: TShape) {
  return z
    .object({ ...shape, sources: sourcesSchema, note: z.string().min(1).optional() })
    .transform((value) => withCitedEvidence(value as typeof value & { sources: Source[] }));
}

export const serviceFeeTierSchema = z.object({
  /** Upper bound of lifetime billings with one client for this tier; null = no upper bound. */
  upToUsd: z.number().positive().nullable(),
  percent: z.number().min(0).max(100),
});

/**
 * Marketplace facts other calculators read (the exclusive-check among them). Fields that did not
 * exist under an older ruleset are null (or absent, for the large-contract table, since Top Rated
 * Plus did not exist) rather than filled with a guess; `note` says why.
 */
export const marketplaceSchema = z.object({
  serviceFee: fact({
    /** The headline percent. When `tiers` is present, the tiers decide and this is the first tier. */
    percent: z.number().min(0).max(100),
    tiers: z.array(serviceFeeTierSchema).min(1).optional(),
  }),
  largeContractThresholdUsd: fact({
    default: z.number().positive(),
    byCategory: z.record(categoryKeySchema, z.number().positive()),
  }).optional(),
  jss: fact({
    windowMonths: z.number().int().positive(),
    minDistinctClients: z.number().int().positive(),
    minEligibleJobs: z.number().int().positive(),
    /** null: long contracts without feedback did not count on a payment schedule then. */
    longContractPaymentIntervalDays: z.number().int().positive().nullable(),
    maxLongContractWeight: z.number().positive().nullable(),
  }),
  inactivity: fact({
    /** null: no automatic switch to private existed under this ruleset. */
    privateAfterDaysWithoutEarningsEstablished: z.number().int().positive().nullable(),
    privateAfterDaysNewFreelancer: z.number().int().positive().nullable(),
  }),
  offPlatform: fact({
    /** null: the percentage conversion fee did not exist yet. */
    conversionFeePercent: z.number().min(0).max(100).nullable(),
    annualHours: z.number().int().positive().nullable(),
    badgeBanMonths: z.number().int().positive().nullable(),
  }),
  badgeDelayHours: fact({
    rising_talent: z.number().positive().optional(),
    top_rated: z.number().positive().optional(),
    top_rated_plus: z.number().positive().optional(),
  }),
});
export type Marketplace = z.infer<typeof marketplaceSchema>;
