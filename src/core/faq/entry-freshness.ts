/**
 * How fresh an FAQ answer is, in words a member can weigh. "As of <date>" used to suggest the facts
 * were checked on that date, and on a new install it was simply the day the starter pack was
 * loaded; an entry past its review-by date was served like any other. Now every answer says when
 * the entry last changed, when it is due for review, and adds a short caveat when the review is
 * overdue or when a rule it cites (a ruleset criterion) changed after the entry did.
 */

/** The parts of a ruleset that say when a criterion took its current form (structural, so core/rules stays its own). */
export interface RulesetDates {
  /** Null for a ruleset without a known start (it dates no criterion). */
  effectiveFrom: string | null;
  statuses: Partial<
    Record<string, { criteria: readonly { id: string; measure: string; threshold: unknown }[] } | undefined>
  >;
}

/**
 * For every criterion id, the date its current rule took effect: the effectiveFrom of the first
 * ruleset (in force on `today`) where it appears with its present measure and threshold.
 */
export function criterionChangeDates(rulesets: readonly RulesetDates[], today: string): Map<string, string> {
  const inForce = rulesets.flatMap((ruleset) =>
    ruleset.effectiveFrom !== null && ruleset.effectiveFrom <= today
      ? [{ ...ruleset, effectiveFrom: ruleset.effectiveFrom }]
      : [],
  );
  inForce.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const signatures = new Map<string, string>();
  const changedOn = new Map<string, string>();
  for (const ruleset of inForce) {
    for (const rules of Object.values(ruleset.statuses)) {
      for (const criterion of rules?.criteria ?? []) {
        const signature = JSON.stringify([criterion.measure, criterion.threshold]);
        if (signatures.get(criterion.id) !== signature) {
          signatures.set(criterion.id, signature);
          changedOn.set(criterion.id, ruleset.effectiveFrom);
        }
      }
    }
  }
  return changedOn;
}

export interface FreshnessEntry {
  /** ISO timestamp of the entry's last content change. */
  updatedAt: string;
  reviewBy: string | null;
  criteria: readonly string[];
}

export interface EntryFreshness {
  /** YYYY-MM-DD of the entry's last change. */
  lastChanged: string;
  reviewBy: string | null;
  overdue: boolean;
  /** Criteria the entry cites whose rule changed after the entry last did. */
  changedRules: { criterionId: string; changedOn: string }[];
  /** One or two short sentences to put under the answer, or null when there is nothing to warn of. */
  caveat: string | null;
  /** "Last changed 2026-10-02 · review due 2027-01-01" (or "review overdue since ..."). */
  label: string;
}

/** `today` null: no clock at hand, so no overdue check (the label still shows the review date). */
export function entryFreshness(
  entry: FreshnessEntry,
  today: string | null,
  ruleChanges: ReadonlyMap<string, string> = new Map(),
): EntryFreshness {
  const lastChanged = entry.updatedAt.slice(0, 10);
  const overdue = today !== null && entry.reviewBy !== null && entry.reviewBy < today;
  const changedRules = entry.criteria.flatMap((criterionId) => {
    const changedOn = ruleChanges.get(criterionId);
    return changedOn !== undefined && changedOn > lastChanged ? [{ criterionId, changedOn }] : [];
  });
  const warnings: string[] = [];
  if (overdue) {
    warnings.push(
      `This entry was due for review on ${entry.reviewBy} and has not changed since ${lastChanged}.`,
    );
  }
  if (changedRules.length > 0) {
    const rules = changedRules.map((rule) => `${rule.criterionId} (${rule.changedOn})`).join(", ");
    warnings.push(`A rule it cites changed after it was written: ${rules}.`);
  }
  const review =
    entry.reviewBy === null
      ? []
      : [overdue ? `review overdue since ${entry.reviewBy}` : `review due ${entry.reviewBy}`];
  return {
    lastChanged,
    reviewBy: entry.reviewBy,
    overdue,
    changedRules,
    caveat: warnings.length === 0 ? null : `_${warnings.join(" ")} Check the sources before relying on it._`,
    label: [`Last changed ${lastChanged}`, ...review].join(" · "),
  };
}
