import { z } from "zod";
import { sourcesSchema, withCitedEvidence } from "./evidence-schema.js";
import { marketplaceIdSchema } from "./marketplace-id.js";
import { type Marketplace, marketplaceSchema } from "./marketplace-schema.js";
import {
  measureSchema,
  statusIdSchema,
  thresholdKindsByMeasure,
  thresholdSchema,
  whenMissingSchema,
} from "./threshold-schema.js";

/**
 * The shape of a status ruleset. Rulesets are data (one file per version under ./rulesets/)
 * and are validated against this schema when loaded, so a typo in a threshold stops the start
 * with a message naming the field instead of producing wrong verdicts later.
 */

export {
  type EvidenceGrade,
  evidenceGradeSchema,
  type Source,
  sourceDateSchema,
} from "./evidence-schema.js";
export { type MarketplaceId, marketplaceIdSchema } from "./marketplace-id.js";
export { type Marketplace, marketplaceSchema } from "./marketplace-schema.js";
export {
  type Comparison,
  categoryKeySchema,
  type Measure,
  measureSchema,
  type StatusId,
  statusIdSchema,
  type Threshold,
  thresholdSchema,
  type Unit,
  type WhenMissing,
  whenMissingSchema,
} from "./threshold-schema.js";

export const criterionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]*\.[a-z0-9_]+$/, "expected <status>.<criterion>, e.g. top_rated.jss_current"),
    measure: measureSchema,
    threshold: thresholdSchema,
    whenMissing: whenMissingSchema,
    /** The rule in plain words (our own words, never copied text). */
    description: z.string().min(1),
    /** What the rule means for a freelancer day to day. */
    inPractice: z.string().min(1),
    /**
     * The rule as a condition that completes "eligible if …" ("your profile is 100% complete"):
     * required when the rule is assumed, so that a reply can say what it took for granted.
     */
    condition: z.string().min(1).optional(),
    sources: sourcesSchema,
    /** Where sources disagree: which one the ruleset follows and why. Replies must show it. */
    disagreement: z.string().min(1).optional(),
  })
  .refine((criterion) => criterion.whenMissing !== "assumed" || criterion.condition !== undefined, {
    path: ["condition"],
    message: 'required when whenMissing is "assumed": say what is taken for granted',
  })
  .transform(withCitedEvidence);
export type Criterion = z.infer<typeof criterionSchema>;
/** What a ruleset file declares for one criterion, before validation. */
export type CriterionInput = z.input<typeof criterionSchema>;

/** One thing a marketplace publishes about a status gigdesk cannot compute, with its sources. */
export const publishedFactSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*\.[a-z0-9_]+$/, "expected <status>.<fact>, e.g. network.screening"),
    text: z.string().min(1),
    sources: sourcesSchema,
  })
  .transform(withCitedEvidence);

/**
 * Why gigdesk cannot compute a status from a member's figures. The codes are stable (replies and
 * tests read them); `explanation` says it in plain words.
 */
export const notComputableReasonSchema = z.enum([
  /** Tests and interviews decide (Toptal). */
  "screening",
  /** A ranking whose formula and thresholds are not published (PeoplePerHour's CERT, Guru's search order). */
  "opaque_ranking",
  /** The marketplace publishes no criteria for it (Fiverr Pro's application, Contra's verified status). */
  "unpublished_criteria",
  /** Entry is curated: published minimums do not decide it, and the marketplace checks them itself. */
  "curated",
  /** A system the marketplace no longer uses, kept to explain what changed. */
  "retired_system",
]);
export type NotComputableReason = z.infer<typeof notComputableReasonSchema>;

export const statusRulesSchema = z
  .object({
    name: z.string().min(1),
    summary: z.string().min(1),
    /**
     * How the status is given: automatically from the figures, on invitation, after a review of
     * candidates who meet the minimums, on application, after a screening, by a ranking, or in a
     * way the marketplace does not publish.
     */
    awarded: z.enum([
      "automatic",
      "invitation",
      "review",
      "application",
      "screening",
      "ranking",
      "unpublished",
    ]),
    /** Empty only for a status gigdesk cannot compute (see notComputable). */
    criteria: z.array(criterionSchema),
    /** How the status is lost and how it comes back. */
    lossAndRegain: z.object({ text: z.string().min(1), sources: sourcesSchema }).transform(withCitedEvidence),
    /** Present when no figure a member gives can decide the status: why, and what is published. */
    notComputable: z
      .object({
        reason: notComputableReasonSchema,
        explanation: z.string().min(1),
        published: z.array(publishedFactSchema).min(1),
      })
      .optional(),
  })
  .superRefine((rules, ctx) => {
    if (rules.notComputable && rules.criteria.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria"],
        message:
          "a status gigdesk cannot compute lists what is published under notComputable.published instead",
      });
    }
    if (!rules.notComputable && rules.criteria.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria"],
        message: "at least one criterion, or notComputable saying why there are none",
      });
    }
  });
export type StatusRules = z.infer<typeof statusRulesSchema>;
/** What a ruleset file declares for one status, before validation. */
export type StatusRulesInput = z.input<typeof statusRulesSchema>;

export const rulesetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id like 2024-current"),
    title: z.string().min(1),
    marketplaceId: marketplaceIdSchema,
    /**
     * The date the rules took effect; currentRuleset(now) picks the latest one not after now.
     * null when no source dates them (most help pages are undated): such a ruleset must be its
     * marketplace's only one, so that "current" is never a guess.
     */
    effectiveFrom: z.iso.date().nullable(),
    /** Why this date: most dates are inferred from announcements and dated copies. */
    effectiveNote: z.string().min(1),
    /**
     * Why statuses that the marketplace's other rulesets define are missing here ("they did not
     * exist yet"); replies add it after naming them.
     */
    absentStatusesNote: z.string().min(1).optional(),
    /** Keyed by status id, in the order replies list them (lowest level first). */
    statuses: z.record(statusIdSchema, statusRulesSchema),
    /** Upwork's facts other calculators read (fees, JSS, large contracts); Upwork rulesets only. */
    marketplace: marketplaceSchema.optional(),
  })
  .superRefine((ruleset, ctx) => {
    if (ruleset.marketplaceId === "upwork") {
      if (!ruleset.marketplace) {
        ctx.addIssue({ code: "custom", path: ["marketplace"], message: "required for an Upwork ruleset" });
      }
      if (ruleset.effectiveFrom === null) {
        ctx.addIssue({
          code: "custom",
          path: ["effectiveFrom"],
          message: "an Upwork ruleset needs a date: the exclusive-contract projection dates its fees by it",
        });
      }
    } else if (ruleset.marketplace) {
      ctx.addIssue({
        code: "custom",
        path: ["marketplace"],
        message:
          "these are Upwork's facts (JSS, large contracts, fees); leave them out for another marketplace",
      });
    }
    const seen = new Set<string>();
    for (const [statusId, rules] of Object.entries(ruleset.statuses)) {
      rules.criteria.forEach((criterion, index) => {
        const at = ["statuses", statusId, "criteria", index];
        checkCriterion(criterion, statusId, rules, ruleset, at, seen, ctx);
      });
      for (const [index, fact] of (rules.notComputable?.published ?? []).entries()) {
        if (!fact.id.startsWith(`${statusId}.`)) {
          ctx.addIssue({
            code: "custom",
            path: ["statuses", statusId, "notComputable", "published", index, "id"],
            message: `must start with "${statusId}."`,
          });
        }
      }
    }
    if (Object.keys(ruleset.statuses).length === 0) {
      ctx.addIssue({ code: "custom", path: ["statuses"], message: "define at least one status" });
    }
  });

type RulesetShape = z.infer<typeof rulesetSchema>;

function checkCriterion(
  criterion: Criterion,
  statusId: string,
  rules: StatusRules,
  ruleset: RulesetShape,
  at: (string | number)[],
  seen: Set<string>,
  ctx: z.RefinementCtx,
): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path: [...at, ...path], message });
  if (!criterion.id.startsWith(`${statusId}.`)) issue(["id"], `must start with "${statusId}."`);
  if (seen.has(criterion.id)) issue(["id"], `duplicate criterion id ${criterion.id}`);
  seen.add(criterion.id);
  const { threshold } = criterion;
  const expectedKinds = thresholdKindsByMeasure[criterion.measure];
  if (!expectedKinds.includes(threshold.kind)) {
    issue(
      ["threshold", "kind"],
      `measure ${criterion.measure} needs a threshold of kind ${expectedKinds.join(" or ")}`,
    );
  }
  if (criterion.measure === "eligible_weeks" && threshold.kind === "number" && !threshold.outOf) {
    issue(["threshold", "outOf"], "eligible weeks are counted in a window: give its length in weeks");
  }
  if (threshold.kind === "category_usd" && !ruleset.marketplace?.largeContractThresholdUsd) {
    ctx.addIssue({
      code: "custom",
      path: ["marketplace", "largeContractThresholdUsd"],
      message: `required because ${criterion.id} compares against it`,
    });
  }
  if (threshold.kind === "status" && (threshold.status === statusId || !ruleset.statuses[threshold.status])) {
    issue(["threshold", "status"], "must name another status defined in this ruleset");
  }
  if (threshold.kind === "level") {
    for (const level of threshold.levels) {
      if (!ruleset.statuses[level])
        issue(["threshold", "levels"], `${level} is not a status of this ruleset`);
    }
  }
  if (threshold.kind === "review" && rules.awarded !== "review") {
    issue(["threshold", "kind"], 'a review criterion belongs to a status awarded "review"');
  }
}

/** The validated ruleset the calculators and commands use. */
export type Ruleset = RulesetShape;
/** What a ruleset file declares before validation. */
export type RulesetInput = z.input<typeof rulesetSchema>;

/** An Upwork ruleset: dated, with the marketplace facts the exclusive-contract projection reads. */
export type UpworkRuleset = Ruleset & {
  marketplaceId: "upwork";
  marketplace: Marketplace;
  effectiveFrom: string;
};

export function isUpworkRuleset(ruleset: Ruleset): ruleset is UpworkRuleset {
  return (
    ruleset.marketplaceId === "upwork" && ruleset.marketplace !== undefined && ruleset.effectiveFrom !== null
  );
}
