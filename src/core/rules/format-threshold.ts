import { formatUsd } from "./format-usd.js";
import { joinWords } from "./join-words.js";
import { marketplaceNames } from "./marketplace-id.js";
import type { Comparison, EvidenceGrade, Ruleset, StatusId, Threshold, Unit } from "./ruleset-schema.js";

/** Plain words for numbers and thresholds, shared by /status and /eligibility. */

const plainFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${plainFormat.format(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Units read as a count of something: "1 week", "13 weeks". */
const countedAs = {
  weeks: "week",
  days: "day",
  stars: "star",
  orders: "order",
  clients: "client",
  points: "point",
  ratings: "rating",
} satisfies Partial<Record<Unit, string>>;

export function formatAmount(value: number, unit: Unit): string {
  switch (unit) {
    case "usd":
      return formatUsd(value);
    case "percent":
      return `${plainFormat.format(value)}%`;
    case "score":
      // Fiverr's Success score runs from 1 to 10.
      return `${plainFormat.format(value)} of 10`;
    default:
      return plural(value, countedAs[unit]);
  }
}

export const comparisonWords: Record<Comparison, string> = {
  gte: "at least",
  gt: "more than",
  lte: "at most",
  lt: "less than",
};

/** A status's name as its ruleset gives it ("Top Rated", "Level 2"); the id if the ruleset lacks it. */
export function statusName(ruleset: Ruleset, status: StatusId): string {
  return ruleset.statuses[status]?.name ?? status;
}

/** The evidence grades in words, naming the marketplace whose pages and staff they mean. */
export function gradeWords(ruleset: Ruleset): Record<EvidenceGrade, string> {
  const name = marketplaceNames[ruleset.marketplaceId];
  return {
    primary: `primary (${name}'s own pages)`,
    staff: `staff (${name} community staff)`,
    secondary: "secondary (third-party guides)",
    hearsay: "hearsay (community members)",
  };
}

/** "at least 90%", "at least 13 of 16 weeks", "more than $10,000 (agencies: more than $20,000)". */
export function formatThreshold(threshold: Threshold, ruleset: Ruleset): string {
  const marketplaceName = marketplaceNames[ruleset.marketplaceId];
  switch (threshold.kind) {
    case "number": {
      const words = comparisonWords[threshold.comparison];
      const amount =
        threshold.outOf !== undefined
          ? `${plainFormat.format(threshold.value)} of ${formatAmount(threshold.outOf, threshold.unit)}`
          : formatAmount(threshold.value, threshold.unit);
      const agency =
        threshold.agencyValue !== undefined
          ? ` (agencies: ${words} ${formatAmount(threshold.agencyValue, threshold.unit)})`
          : "";
      const elance =
        threshold.exElanceValue !== undefined
          ? ` (profiles from Elance: ${words} ${formatAmount(threshold.exElanceValue, threshold.unit)})`
          : "";
      const invitation = threshold.orInvitation ? `, or an invitation from ${marketplaceName}` : "";
      const holding =
        threshold.countsWeeksHolding !== undefined
          ? ` (weeks holding ${statusName(ruleset, threshold.countsWeeksHolding)} count)`
          : "";
      return `${words} ${amount}${agency}${elance}${invitation}${holding}`;
    }
    case "flag":
      return threshold.expected ? "yes" : "no";
    case "category_usd": {
      const table = ruleset.marketplace?.largeContractThresholdUsd;
      if (!table) return `${comparisonWords[threshold.comparison]} the category amount`;
      const amounts = Object.values(table.byCategory);
      const range =
        amounts.length > 0
          ? `${formatUsd(Math.min(...amounts))} to ${formatUsd(Math.max(...amounts))} by category, `
          : "";
      return `${comparisonWords[threshold.comparison]} the category amount (${range}${formatUsd(table.default)} otherwise) on one contract`;
    }
    case "one_of":
      return `one of ${threshold.values.join(", ")}`;
    case "status":
      return `${statusName(ruleset, threshold.status)} status`;
    case "invitation":
      return "by invitation only";
    case "level":
      return `holding ${joinWords(
        threshold.levels.map((level) => statusName(ruleset, level)),
        "or",
      )} now`;
    case "review":
      return threshold.retryAfterMonths === null
        ? `granted after a review by ${marketplaceName}`
        : `granted after a review by ${marketplaceName}; a turned-down candidate can be reviewed again after ${plural(threshold.retryAfterMonths, "month")}`;
    case "unpublished":
      return `no bar published by ${marketplaceName}`;
  }
}
