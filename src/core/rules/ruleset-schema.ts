import { z } from "zod";
import { sourcesSchema, withCitedEvidence } from "./evidence-schema.js";
import { marketplaceSchema } from "./marketplace-schema.js";
import {
  measureSchema,
  statusIds,
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
export { type Marketplace, marketplaceSchema } from "./marketplace-schema.js";
export {
  type Comparison,
  categoryKeySchema,
  type Measure,
  measureSchema,
  type StatusId,
  statusIdSchema,
  statusIds,
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
      .regex(/^[a-z_]+\.[a-z0-9_]+$/, "expected <status>.<criterion>, e.g. top_rated.jss_current"),
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

export const statusRulesSchema = z.object({
  name: z.string().min(1),
  summary: z.string().min(1),
  awarded: z.enum(["automatic", "invitation"]),
  criteria: z.array(criterionSchema).min(1),
  /** How the status is lost and how it comes back. */
  lossAndRegain: z.object({ text: z.string().min(1), sources: sourcesSchema }).transform(withCitedEvidence),
});
export type StatusRules = z.infer<typeof statusRulesSchema>;

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
