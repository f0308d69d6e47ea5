import { z } from "zod";

/**
 * A status or level of a marketplace, e.g. `top_rated`, `level_2`, `super_malter_1`. Each ruleset
 * keys its statuses by these ids; the same id may mean different things on two marketplaces
 * (Upwork's and Fiverr's Top Rated), never within one ruleset.
 */
export const statusIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "expected a snake_case status id like top_rated or level_2");
export type StatusId = z.infer<typeof statusIdSchema>;

export const comparisonSchema = z.enum(["gte", "gt", "lte", "lt"]);
export type Comparison = z.infer<typeof comparisonSchema>;

export const unitSchema = z.enum([
  "percent",
  "weeks",
  "days",
  "usd",
  "stars",
  "score",
  "orders",
  "clients",
  "points",
  "ratings",
]);
export type Unit = z.infer<typeof unitSchema>;

export const categoryKeySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case key");

export const thresholdSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("number"),
    comparison: comparisonSchema,
    value: z.number().nonnegative(),
    unit: unitSchema,
    /** A different value for agencies (e.g. Top Rated Plus: > $20,000 instead of > $10,000). */
    agencyValue: z.number().nonnegative().optional(),
    /** A lower value for profiles carried over from Elance (Top Rated: a 90% complete profile). */
    exElanceValue: z.number().nonnegative().optional(),
    /** For counts inside a rolling window, the window length in the same unit (13 of 16 weeks). */
    outOf: z.number().int().positive().optional(),
    /** Weeks in which the freelancer held this status count too (Rising Talent weeks, for Top Rated). */
    countsWeeksHolding: statusIdSchema.optional(),
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
  z.object({
    kind: z.literal("one_of"),
    /** The category keys that qualify (Expert-Vetted's selected categories). */
    values: z.array(categoryKeySchema).min(1),
  }),
  z.object({ kind: z.literal("status"), status: statusIdSchema }),
  z.object({ kind: z.literal("invitation") }),
  z.object({
    kind: z.literal("level"),
    /** The levels that qualify when held now, e.g. Level 2 (or Top Rated itself) for Fiverr's Top Rated. */
    levels: z.array(statusIdSchema).min(1),
  }),
  z.object({
    kind: z.literal("review"),
    /** Months after which a turned-down candidate can be reviewed again; null when not published. */
    retryAfterMonths: z.number().int().positive().nullable(),
  }),
  z.object({
    kind: z.literal("unpublished"),
    /**
     * The marketplace names the measure but publishes no bar for this status: the verdict says so
     * and never guesses one. `unit` says how the measure is counted.
     */
    unit: unitSchema,
  }),
]);
export type Threshold = z.infer<typeof thresholdSchema>;

/**
 * What a criterion is measured on (the calculator maps each measure to one /eligibility option),
 * and which threshold kinds make sense for it; a mismatch is a data error caught at load. The
 * measures are this list's keys, so a new measure cannot be added without its kinds.
 */
const kindsByMeasure = {
  jss: ["number"],
  eligible_weeks: ["number"],
  earnings_12m_usd: ["number"],
  first_contract_days: ["number"],
  profile_percent: ["number"],
  account_hold: ["flag"],
  days_since_activity: ["number"],
  availability_current: ["flag"],
  largest_contract_usd: ["category_usd", "number"],
  large_contract_negative_outcome: ["flag"],
  exclusive_agency_member: ["flag"],
  rating_stars: ["number", "unpublished"],
  negative_feedback: ["flag"],
  identity_verified: ["flag"],
  payout_method: ["flag"],
  category: ["one_of"],
  holds_status: ["status"],
  invitation: ["invitation"],
  /** Fiverr: the Success score, 1-10, shown to the freelancer only. */
  success_score: ["number", "unpublished"],
  /** Fiverr: share of new messages answered within 24 hours, over 90 days. */
  response_rate_percent: ["number", "unpublished"],
  /** Fiverr: completed orders, all time. */
  orders_total: ["number", "unpublished"],
  /** Fiverr: different clients, all time; each counts once however often it ordered. */
  unique_clients_total: ["number", "unpublished"],
  /** Fiverr: earnings on the marketplace, all time. */
  earnings_total_usd: ["number", "unpublished"],
  /** Malt: points over a rolling 12 months, as the Statistics page shows them. */
  points_12m: ["number", "unpublished"],
  /** Malt: how many client ratings the freelancer has. */
  ratings_count: ["number", "unpublished"],
  /** The level the freelancer holds now (Fiverr reviews Top Rated candidates from Level 2). */
  current_level: ["level"],
  /** A status granted by people after a review once the published minimums are met. */
  manual_review: ["review"],
} as const satisfies Record<string, readonly Threshold["kind"][]>;

export type Measure = keyof typeof kindsByMeasure;
export const measureSchema = z.enum(Object.keys(kindsByMeasure) as [Measure, ...Measure[]]);
export const thresholdKindsByMeasure: Record<Measure, readonly Threshold["kind"][]> = kindsByMeasure;

/** What the calculator does when the option behind a criterion was not given. */
export const whenMissingSchema = z.enum([
  /** Ask for the option; never guess. */
  "unknown",
  /** Absence is itself the fact, e.g. no JSS means "no score", which fails "JSS ≥ 90". */
  "unmet",
  /** The rule only applies when the value exists, e.g. Rising Talent's "JSS ≥ 90 if you have one". */
  "met",
  /**
   * Taken as met and reported as an assumption ("eligible if …"): for facts most members meet and
   * few would think to state, such as a complete profile or no account hold.
   */
  "assumed",
]);
export type WhenMissing = z.infer<typeof whenMissingSchema>;
