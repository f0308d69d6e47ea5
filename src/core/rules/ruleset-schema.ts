import { z } from "zod";

/**
 * The shape of a status ruleset. Rulesets are data (one file per version under ./rulesets/)
 * and are validated against this schema when loaded, so a typo in a threshold stops the start
 * with a message naming the field instead of producing wrong verdicts later.
 */

export const statusIds = ["rising_talent", "top_rated", "top_rated_plus", "expert_vetted"] as const;
export const statusIdSchema = z.enum(statusIds);
export type StatusId = z.infer<typeof statusIdSchema>;

/** How sure we are of a fact, as graded in the research notes (P / M / S / F). */
export const evidenceGradeSchema = z.enum(["primary", "staff", "secondary", "hearsay"]);
export type EvidenceGrade = z.infer<typeof evidenceGradeSchema>;

/**
 * Help-centre articles carry no date of their own, so many dates are inferred: a leading "~"
 * marks an approximate date, and month or day may be left out ("~2022", "2020-07", "2016-06-01").
 */
export const sourceDateSchema = z
  .string()
  .regex(/^~?\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date like 2024-09-01, 2020-07 or ~2022");

const evidenceFields = {
  sources: z.array(z.url()).min(1, "at least one source URL is required"),
  grade: evidenceGradeSchema,
  sourceDate: sourceDateSchema,
};

export const evidenceSchema = z.object(evidenceFields);
export type Evidence = z.infer<typeof evidenceSchema>;

/** What a criterion is measured on; the calculator maps each measure to one /eligibility option. */
export const measureSchema = z.enum([
  "jss",
  "eligible_weeks",
  "earnings_12m_usd",
  "first_contract_days",
  "profile_percent",
  "account_hold",
  "days_since_activity",
  "availability_current",
  "largest_contract_usd",
  "rating_stars",
  "holds_status",
  "invitation",
]);
export type Measure = z.infer<typeof measureSchema>;

export const comparisonSchema = z.enum(["gte", "gt", "lte", "lt"]);
export type Comparison = z.infer<typeof comparisonSchema>;

export const unitSchema = z.enum(["percent", "weeks", "days", "usd", "stars"]);
export type Unit = z.infer<typeof unitSchema>;

export const thresholdSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("number"),
    comparison: comparisonSchema,
    value: z.number().nonnegative(),
    unit: unitSchema,
    /** A different value for agencies (e.g. Top Rated Plus: > $20,000 instead of > $10,000). */
    agencyValue: z.number().nonnegative().optional(),
    /** For counts inside a rolling window, the window length in the same unit (13 of 16 weeks). */
    outOf: z.number().int().positive().optional(),
    /** The number is one way in; an invitation from the marketplace is the other (Rising Talent). */
    orInvitation: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal("flag"),
    /** The value the fact must have, e.g. account hold: false, availability current: true. */
    expected: z.boolean(),
  }),
  z.object({
    kind: z.literal("category_usd"),
    comparison: comparisonSchema,
    unit: z.literal("usd"),
    /** The values live in marketplace.largeContractThresholdUsd (default and per category). */
  }),
  z.object({ kind: z.literal("status"), status: statusIdSchema }),
  z.object({ kind: z.literal("invitation") }),
]);
export type Threshold = z.infer<typeof thresholdSchema>;

/** What the calculator does when the option behind a criterion was not given. */
export const whenMissingSchema = z.enum([
  /** Ask for the option; never guess. */
  "unknown",
  /** Absence is itself the fact, e.g. no JSS means "no score", which fails "JSS ≥ 90". */
  "unmet",
  /** The rule only applies when the value exists, e.g. Rising Talent's "JSS ≥ 90 if you have one". */
  "met",
]);
export type WhenMissing = z.infer<typeof whenMissingSchema>;

export const criterionSchema = z.object({
  id: z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/, "expected <status>.<criterion>, e.g. top_rated.jss_current"),
  measure: measureSchema,
  threshold: thresholdSchema,
  whenMissing: whenMissingSchema,
  /** The rule in plain words (our own words, never copied text). */
  description: z.string().min(1),
  /** What the rule means for a freelancer day to day. */
  inPractice: z.string().min(1),
  ...evidenceFields,
  /** Where sources disagree: which one the ruleset follows and why. Replies must show it. */
  disagreement: z.string().min(1).optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const statusRulesSchema = z.object({
  name: z.string().min(1),
  summary: z.string().min(1),
  awarded: z.enum(["automatic", "invitation"]),
  criteria: z.array(criterionSchema).min(1),
  /** How the status is lost and how it comes back. */
  lossAndRegain: z.object({ text: z.string().min(1), ...evidenceFields }),
});
export type StatusRules = z.infer<typeof statusRulesSchema>;

/** A marketplace fact with its evidence; `note` carries caveats and disagreements. */
function fact<TShape extends z.ZodRawShape>(shape: TShape) {
  return z.object({ ...shape, ...evidenceFields, note: z.string().min(1).optional() });
}

export const serviceFeeTierSchema = z.object({
  /** Upper bound of lifetime billings with one client for this tier; null = no upper bound. */
  upToUsd: z.number().positive().nullable(),
  percent: z.number().min(0).max(100),
});

export const categoryKeySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case key");

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

/** Which threshold kinds make sense for each measure; a mismatch is a data error caught at load. */
const thresholdKindsByMeasure: Record<Measure, readonly Threshold["kind"][]> = {
  jss: ["number"],
  eligible_weeks: ["number"],
  earnings_12m_usd: ["number"],
  first_contract_days: ["number"],
  profile_percent: ["number"],
  account_hold: ["flag"],
  days_since_activity: ["number"],
  availability_current: ["flag"],
  largest_contract_usd: ["category_usd", "number"],
  rating_stars: ["number"],
  holds_status: ["status"],
  invitation: ["invitation"],
};

export const rulesetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id like 2024-current"),
    title: z.string().min(1),
    /** The date the rules took effect; currentRuleset(now) picks the latest one not after now. */
    effectiveFrom: z.iso.date(),
    /** Why this date: most dates are inferred from announcements and dated copies. */
    effectiveNote: z.string().min(1),
    statuses: z.object({
      rising_talent: statusRulesSchema.optional(),
      top_rated: statusRulesSchema.optional(),
      top_rated_plus: statusRulesSchema.optional(),
      expert_vetted: statusRulesSchema.optional(),
    }),
    marketplace: marketplaceSchema,
  })
  .superRefine((ruleset, ctx) => {
    const seen = new Set<string>();
    for (const statusId of statusIds) {
      const rules = ruleset.statuses[statusId];
      if (!rules) continue;
      rules.criteria.forEach((criterion, index) => {
        const path = ["statuses", statusId, "criteria", index, "id"];
        if (!criterion.id.startsWith(`${statusId}.`)) {
          ctx.addIssue({ code: "custom", path, message: `must start with "${statusId}."` });
        }
        if (seen.has(criterion.id)) {
          ctx.addIssue({ code: "custom", path, message: `duplicate criterion id ${criterion.id}` });
        }
        seen.add(criterion.id);
        const expectedKinds = thresholdKindsByMeasure[criterion.measure];
        if (!expectedKinds.includes(criterion.threshold.kind)) {
          ctx.addIssue({
            code: "custom",
            path: ["statuses", statusId, "criteria", index, "threshold", "kind"],
            message: `measure ${criterion.measure} needs a threshold of kind ${expectedKinds.join(" or ")}`,
          });
        }
        if (
          criterion.measure === "eligible_weeks" &&
          criterion.threshold.kind === "number" &&
          !criterion.threshold.outOf
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["statuses", statusId, "criteria", index, "threshold", "outOf"],
            message: "eligible weeks are counted in a window: give its length in weeks",
          });
        }
        if (criterion.threshold.kind === "category_usd" && !ruleset.marketplace.largeContractThresholdUsd) {
          ctx.addIssue({
            code: "custom",
            path: ["marketplace", "largeContractThresholdUsd"],
            message: `required because ${criterion.id} compares against it`,
          });
        }
        if (
          criterion.threshold.kind === "status" &&
          (criterion.threshold.status === statusId || !ruleset.statuses[criterion.threshold.status])
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["statuses", statusId, "criteria", index, "threshold", "status"],
            message: "must name another status defined in this ruleset",
          });
        }
      });
    }
    if (!statusIds.some((statusId) => ruleset.statuses[statusId])) {
      ctx.addIssue({ code: "custom", path: ["statuses"], message: "define at least one status" });
    }
  });

/** The validated ruleset the calculators and commands use. */
export type Ruleset = z.infer<typeof rulesetSchema>;
/** What a ruleset file declares before validation. */
export type RulesetInput = z.input<typeof rulesetSchema>;
