import type { Comparison, Criterion, NotComputableReason, StatusId, Unit } from "../ruleset-schema.js";
import type { MissingInput } from "./eligibility-input.js";

/**
 * `qualifies_for_review`: every published minimum is met and people decide next (Fiverr's Top
 * Rated), so it is never "eligible". `not_computable`: no figure can decide it (see `reason`).
 */
export type TierStatus =
  | "eligible"
  | "not_eligible"
  | "invitation_only"
  | "qualifies_for_review"
  | "unknown"
  | "not_computable";

export interface UnmetCriterion {
  criterion: string;
  need: number | boolean | string;
  /** null: the fact is absent (e.g. no JSS at all). */
  have: number | boolean | string | null;
  comparison?: Comparison;
  unit?: Unit;
  /** Weeks of waiting that would fix this criterion alone; null when waiting cannot fix it. */
  wait_weeks: number | null;
  /** True when wait_weeks is a best case (from a week count rather than an exact history). */
  wait_is_best_case: boolean;
  note?: string;
}

export interface UnknownCriterion {
  criterion: string;
  missing: MissingInput[];
  /** True when the marketplace publishes no bar for it: no option can settle it, and none is guessed. */
  unpublished?: boolean;
  note?: string;
}

/** The review a `qualifies_for_review` status waits on. */
export interface PendingReview {
  criterion: string;
  /** Months after which a turned-down candidate can be reviewed again; null when not published. */
  retry_after_months: number | null;
}

export interface TierVerdict {
  tier: StatusId;
  status: TierStatus;
  /** Criteria the member's figures satisfy. */
  met: string[];
  unmet: UnmetCriterion[];
  unknown: UnknownCriterion[];
  /**
   * Criteria the member did not give and that were taken as met, in ruleset order, including those
   * of a status this one depends on. An "eligible" verdict with entries here is "eligible if …".
   */
  assumed: string[];
  /** 0 when eligible; the fewest weeks of waiting otherwise; null when waiting cannot get there. */
  eta_weeks: number | null;
  eta_is_best_case: boolean;
  /** For a status granted after a review: the criterion that says so. */
  review?: PendingReview;
  /** For a `not_computable` status: why (a stable code). */
  reason?: NotComputableReason;
}

export interface EligibilityResult {
  ruleset: string;
  /** null: no source dates the ruleset. */
  ruleset_effective_from: string | null;
  tiers: TierVerdict[];
}

/** One criterion's verdict before the tier combines them. */
export type Outcome =
  /** `resting`: assumptions behind a met dependency (Top Rated Plus resting on Top Rated's). */
  | { kind: "met"; resting?: readonly string[] }
  | { kind: "assumed" }
  | { kind: "unmet"; entry: UnmetCriterion }
  | { kind: "unknown"; entry: UnknownCriterion }
  | { kind: "invitation" }
  | { kind: "review"; review: PendingReview };

export function unmet(
  criterion: string,
  fields: Omit<UnmetCriterion, "criterion" | "wait_weeks" | "wait_is_best_case"> &
    Partial<Pick<UnmetCriterion, "wait_weeks" | "wait_is_best_case">>,
): Outcome {
  return { kind: "unmet", entry: { criterion, wait_weeks: null, wait_is_best_case: false, ...fields } };
}

/** The verdict for a status no figure can decide. */
export function notComputableVerdict(tier: StatusId, reason: NotComputableReason): TierVerdict {
  return {
    tier,
    status: "not_computable",
    met: [],
    unmet: [],
    unknown: [],
    assumed: [],
    eta_weeks: null,
    eta_is_best_case: false,
    reason,
  };
}

/**
 * A tier is eligible when nothing is unmet or unknown; an invitation criterion makes it
 * invitation-only whatever the rest says, though the rest is still reported. A review criterion
 * turns "eligible" into "qualifies for review": meeting the minimums only opens the review.
 */
export function combineOutcomes(
  tier: StatusId,
  results: readonly { criterion: Criterion; outcome: Outcome }[],
): TierVerdict {
  const verdict: TierVerdict = {
    tier,
    status: "eligible",
    met: [],
    unmet: [],
    unknown: [],
    assumed: [],
    eta_weeks: 0,
    eta_is_best_case: false,
  };
  const assumed = new Set<string>();
  for (const { criterion, outcome } of results) {
    switch (outcome.kind) {
      case "met":
        verdict.met.push(criterion.id);
        for (const id of outcome.resting ?? []) assumed.add(id);
        break;
      case "assumed":
        assumed.add(criterion.id);
        break;
      case "unmet":
        verdict.unmet.push(outcome.entry);
        break;
      case "unknown":
        verdict.unknown.push(outcome.entry);
        break;
      case "invitation":
        break;
      case "review":
        verdict.review = outcome.review;
        break;
    }
  }
  verdict.assumed = [...assumed];
  if (results.some(({ outcome }) => outcome.kind === "invitation")) {
    return { ...verdict, status: "invitation_only", eta_weeks: null };
  }
  if (verdict.unmet.length > 0) {
    verdict.status = "not_eligible";
    const waits = verdict.unmet.map((entry) => entry.wait_weeks);
    const waitable = verdict.unknown.length === 0 && waits.every((wait) => wait !== null);
    verdict.eta_weeks = waitable ? Math.max(...(waits as number[])) : null;
    verdict.eta_is_best_case =
      verdict.eta_weeks !== null && verdict.unmet.some((entry) => entry.wait_is_best_case);
  } else if (verdict.unknown.length > 0) {
    verdict.status = "unknown";
    verdict.eta_weeks = null;
  } else if (verdict.review) {
    // Nothing to wait for and nothing promised: the reviewers decide when, and whether.
    verdict.status = "qualifies_for_review";
    verdict.eta_weeks = null;
  }
  return verdict;
}
