import { bestCaseWeeksUntil, weeksUntilWindowReaches } from "./rolling-weeks.js";
import type {
  Comparison,
  Criterion,
  Measure,
  Ruleset,
  StatusId,
  StatusRules,
  Unit,
} from "./ruleset-schema.js";
import { statusIds } from "./ruleset-schema.js";

/** What a freelancer tells us. A field left undefined was not given (for the JSS: there is no score). */
export interface EligibilityInput {
  jssPercent?: number | undefined;
  /** How many of the last weeks of the window had a JSS of 90% or more. */
  eligibleWeeks?: number | undefined;
  /** One character per week, oldest first, "1" = a good week. Exact, so preferred over the count. */
  weekHistory?: string | undefined;
  earnings12mUsd?: number | undefined;
  firstContractDays?: number | undefined;
  profilePercent?: number | undefined;
  accountHold?: boolean | undefined;
  daysSinceActivity?: number | undefined;
  availabilityCurrent?: boolean | undefined;
  largestContractUsd?: number | undefined;
  /** A key of marketplace.largeContractThresholdUsd.byCategory. */
  category?: string | undefined;
  isAgency?: boolean | undefined;
  ratingStars?: number | undefined;
}

/** The facts a criterion can lack; the command turns each into the option to add. */
export type MissingInput = Exclude<Measure, "holds_status" | "invitation"> | "category";

export type TierStatus = "eligible" | "not_eligible" | "invitation_only" | "unknown";

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
  note?: string;
}

export interface TierVerdict {
  tier: StatusId;
  status: TierStatus;
  met: string[];
  unmet: UnmetCriterion[];
  unknown: UnknownCriterion[];
  /** 0 when eligible; the fewest weeks of waiting otherwise; null when waiting cannot get there. */
  eta_weeks: number | null;
  eta_is_best_case: boolean;
}

export interface EligibilityResult {
  ruleset: string;
  ruleset_effective_from: string;
  tiers: TierVerdict[];
}

type Outcome =
  | { kind: "met" }
  | { kind: "unmet"; entry: UnmetCriterion }
  | { kind: "unknown"; entry: UnknownCriterion }
  | { kind: "invitation" };

/** Measures whose value grows by one each day, so that waiting fixes a "more than N days" rule. */
const daysGrowingWithTime: ReadonlySet<Measure> = new Set(["first_contract_days"]);

export function passes(have: number, comparison: Comparison, need: number): boolean {
  switch (comparison) {
    case "gte":
      return have >= need;
    case "gt":
      return have > need;
    case "lte":
      return have <= need;
    case "lt":
      return have < need;
  }
}

/**
 * Checks a freelancer against every status of a ruleset. Pure: the ruleset is a parameter, time
 * enters only through the day and week counts in the input. Every verdict names its criterion.
 */
export function assessEligibility(input: EligibilityInput, ruleset: Ruleset): EligibilityResult {
  const verdicts = new Map<StatusId, TierVerdict>();
  const assessTier = (tier: StatusId, rules: StatusRules, visiting: ReadonlySet<StatusId>): TierVerdict => {
    const known = verdicts.get(tier);
    if (known) return known;
    const verdict = combine(
      tier,
      rules.criteria.map((criterion) => ({
        criterion,
        outcome: assessCriterion(criterion, rules, input, ruleset, (other) => {
          const otherRules = ruleset.statuses[other];
          // The schema forbids self-reference and missing targets; a cycle through two statuses
          // is still possible in data, and then the dependency cannot be decided.
          if (!otherRules || visiting.has(other)) return undefined;
          return assessTier(other, otherRules, new Set([...visiting, tier]));
        }),
      })),
    );
    verdicts.set(tier, verdict);
    return verdict;
  };
  const tiers: TierVerdict[] = [];
  for (const tier of statusIds) {
    const rules = ruleset.statuses[tier];
    if (rules) tiers.push(assessTier(tier, rules, new Set([tier])));
  }
  return { ruleset: ruleset.id, ruleset_effective_from: ruleset.effectiveFrom, tiers };
}

function combine(tier: StatusId, results: { criterion: Criterion; outcome: Outcome }[]): TierVerdict {
  const verdict: TierVerdict = {
    tier,
    status: "eligible",
    met: [],
    unmet: [],
    unknown: [],
    eta_weeks: 0,
    eta_is_best_case: false,
  };
  if (results.some(({ outcome }) => outcome.kind === "invitation")) {
    return { ...verdict, status: "invitation_only", eta_weeks: null };
  }
  for (const { criterion, outcome } of results) {
    if (outcome.kind === "met") verdict.met.push(criterion.id);
    else if (outcome.kind === "unmet") verdict.unmet.push(outcome.entry);
    else if (outcome.kind === "unknown") verdict.unknown.push(outcome.entry);
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
  }
  return verdict;
}

function assessCriterion(
  criterion: Criterion,
  rules: StatusRules,
  input: EligibilityInput,
  ruleset: Ruleset,
  otherStatus: (tier: StatusId) => TierVerdict | undefined,
): Outcome {
  const { threshold, measure } = criterion;
  switch (threshold.kind) {
    case "invitation":
      return { kind: "invitation" };
    case "status":
      return assessStatusCriterion(criterion.id, threshold.status, otherStatus(threshold.status));
    case "flag": {
      const have = flagInput(measure, input);
      if (have === undefined) return missingOutcome(criterion, measure, threshold.expected);
      if (have === threshold.expected) return { kind: "met" };
      return unmet(criterion.id, { need: threshold.expected, have });
    }
    case "category_usd":
      return assessLargeContract(criterion, input, ruleset);
    case "number": {
      const need =
        input.isAgency && threshold.agencyValue !== undefined ? threshold.agencyValue : threshold.value;
      if (measure === "eligible_weeks") return assessEligibleWeeks(criterion, need, rules, input);
      const have = numberInput(measure, input);
      if (have === undefined) return missingOutcome(criterion, measure, need);
      if (passes(have, threshold.comparison, need)) return { kind: "met" };
      const orInvitation = threshold.orInvitation
        ? "unless Upwork invited you, which also counts"
        : undefined;
      return unmet(criterion.id, {
        need,
        have,
        comparison: threshold.comparison,
        unit: threshold.unit,
        wait_weeks: daysGrowingWithTime.has(measure)
          ? weeksOfDaysUntil(have, threshold.comparison, need)
          : null,
        ...(orInvitation ? { note: orInvitation } : {}),
      });
    }
  }
}

function unmet(
  criterion: string,
  fields: Omit<UnmetCriterion, "criterion" | "wait_weeks" | "wait_is_best_case"> &
    Partial<Pick<UnmetCriterion, "wait_weeks" | "wait_is_best_case">>,
): Outcome {
  return { kind: "unmet", entry: { criterion, wait_weeks: null, wait_is_best_case: false, ...fields } };
}

function missingOutcome(criterion: Criterion, measure: Measure, need: number | boolean): Outcome {
  switch (criterion.whenMissing) {
    case "met":
      return { kind: "met" };
    case "unmet": {
      const threshold = criterion.threshold;
      return unmet(criterion.id, {
        need,
        have: null,
        ...(threshold.kind === "number" ? { comparison: threshold.comparison, unit: threshold.unit } : {}),
      });
    }
    case "unknown": {
      const missing = measure === "holds_status" || measure === "invitation" ? [] : [measure];
      const note =
        criterion.threshold.kind === "number" && criterion.threshold.orInvitation
          ? "met anyway if Upwork invited you"
          : undefined;
      return { kind: "unknown", entry: { criterion: criterion.id, missing, ...(note ? { note } : {}) } };
    }
  }
}

/** Days that must pass for a growing day count to satisfy the comparison, in whole weeks. */
function weeksOfDaysUntil(have: number, comparison: Comparison, need: number): number | null {
  if (comparison === "gte") return Math.ceil((need - have) / 7);
  if (comparison === "gt") return Math.floor((need - have) / 7) + 1;
  // "at most N days" only gets worse with time.
  return null;
}

function assessStatusCriterion(id: string, target: StatusId, verdict: TierVerdict | undefined): Outcome {
  if (!verdict) return { kind: "unknown", entry: { criterion: id, missing: [] } };
  switch (verdict.status) {
    case "eligible":
      return { kind: "met" };
    case "unknown": {
      const missing = [...new Set(verdict.unknown.flatMap((entry) => entry.missing))];
      return { kind: "unknown", entry: { criterion: id, missing, note: `depends on ${target}` } };
    }
    case "not_eligible":
    case "invitation_only":
      return unmet(id, {
        need: "eligible",
        have: verdict.status,
        wait_weeks: verdict.eta_weeks,
        wait_is_best_case: verdict.eta_is_best_case,
        note: `see ${target}`,
      });
  }
}

function assessEligibleWeeks(
  criterion: Criterion,
  need: number,
  rules: StatusRules,
  input: EligibilityInput,
): Outcome {
  const threshold = criterion.threshold;
  if (threshold.kind !== "number") return missingOutcome(criterion, criterion.measure, need);
  const windowWeeks = threshold.outOf ?? 16;
  const history = input.weekHistory?.slice(-windowWeeks);
  const have =
    history !== undefined
      ? [...history].filter((week) => week === "1").length
      : input.eligibleWeeks !== undefined
        ? Math.min(input.eligibleWeeks, windowWeeks)
        : undefined;
  if (have === undefined) return missingOutcome(criterion, criterion.measure, need);
  if (passes(have, threshold.comparison, need)) return { kind: "met" };
  const fields = { need, have, comparison: threshold.comparison, unit: threshold.unit } as const;
  if (threshold.comparison === "lte" || threshold.comparison === "lt") return unmet(criterion.id, fields);
  if (!futureWeeksAreGood(rules, input)) {
    return unmet(criterion.id, {
      ...fields,
      note: "eligible weeks only accrue while the JSS is at or above the bar",
    });
  }
  const neededGoodWeeks = threshold.comparison === "gte" ? Math.ceil(need) : Math.floor(need) + 1;
  const wait =
    history !== undefined
      ? weeksUntilWindowReaches(history, neededGoodWeeks, windowWeeks)
      : bestCaseWeeksUntil(have, neededGoodWeeks, windowWeeks);
  return unmet(criterion.id, { ...fields, wait_weeks: wait, wait_is_best_case: history === undefined });
}

/** A future week counts only if today's JSS already clears the status's JSS bar. */
function futureWeeksAreGood(rules: StatusRules, input: EligibilityInput): boolean {
  if (input.jssPercent === undefined) return false;
  const jssBar = rules.criteria.find(
    (criterion) => criterion.measure === "jss" && criterion.threshold.kind === "number",
  )?.threshold;
  if (jssBar?.kind !== "number") return false;
  return passes(input.jssPercent, jssBar.comparison, jssBar.value);
}

function assessLargeContract(criterion: Criterion, input: EligibilityInput, ruleset: Ruleset): Outcome {
  const threshold = criterion.threshold;
  const table = ruleset.marketplace.largeContractThresholdUsd;
  const have = input.largestContractUsd;
  if (threshold.kind !== "category_usd" || !table) return missingOutcome(criterion, criterion.measure, 0);
  if (have === undefined) return missingOutcome(criterion, criterion.measure, table.default);
  const fields = { have, comparison: threshold.comparison, unit: threshold.unit } as const;
  if (input.category !== undefined) {
    const listed = table.byCategory[input.category];
    const need = listed ?? table.default;
    if (passes(have, threshold.comparison, need)) return { kind: "met" };
    const note =
      listed === undefined
        ? `no amount listed for ${input.category}; the default applies`
        : `for ${input.category}`;
    return unmet(criterion.id, { ...fields, need, note });
  }
  // Without a category the verdict is still certain when the amount clears every category's bar
  // or none of them; only in between do we need to ask.
  const amounts = [table.default, ...Object.values(table.byCategory)];
  const highest = Math.max(...amounts);
  const lowest = Math.min(...amounts);
  if (passes(have, threshold.comparison, highest)) return { kind: "met" };
  if (!passes(have, threshold.comparison, lowest)) {
    return unmet(criterion.id, { ...fields, need: lowest, note: "below the lowest category amount" });
  }
  return { kind: "unknown", entry: { criterion: criterion.id, missing: ["category"] } };
}

function numberInput(measure: Measure, input: EligibilityInput): number | undefined {
  switch (measure) {
    case "jss":
      return input.jssPercent;
    case "earnings_12m_usd":
      return input.earnings12mUsd;
    case "first_contract_days":
      return input.firstContractDays;
    case "profile_percent":
      return input.profilePercent;
    case "days_since_activity":
      return input.daysSinceActivity;
    case "largest_contract_usd":
      return input.largestContractUsd;
    case "rating_stars":
      return input.ratingStars;
    default:
      return undefined;
  }
}

function flagInput(measure: Measure, input: EligibilityInput): boolean | undefined {
  if (measure === "account_hold") return input.accountHold;
  if (measure === "availability_current") return input.availabilityCurrent;
  return undefined;
}
