import { formatUsd } from "./format-usd.js";
import type { Comparison, EvidenceGrade, Marketplace, StatusId, Threshold, Unit } from "./ruleset-schema.js";

/** Plain words for numbers and thresholds, shared by /status and /eligibility. */

const plainFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${plainFormat.format(count)} ${count === 1 ? singular : pluralForm}`;
}

export function formatAmount(value: number, unit: Unit): string {
  switch (unit) {
    case "usd":
      return formatUsd(value);
    case "percent":
      return `${plainFormat.format(value)}%`;
    case "weeks":
      return plural(value, "week");
    case "days":
      return plural(value, "day");
    case "stars":
      return plural(value, "star");
  }
}

export const comparisonWords: Record<Comparison, string> = {
  gte: "at least",
  gt: "more than",
  lte: "at most",
  lt: "less than",
};

export const statusNames: Record<StatusId, string> = {
  rising_talent: "Rising Talent",
  top_rated: "Top Rated",
  top_rated_plus: "Top Rated Plus",
  expert_vetted: "Expert-Vetted",
};

export const gradeWords: Record<EvidenceGrade, string> = {
  primary: "primary (Upwork's own pages)",
  staff: "staff (Upwork community staff)",
  secondary: "secondary (third-party guides)",
  hearsay: "hearsay (community members)",
};

/** "at least 90%", "at least 13 of 16 weeks", "more than $10,000 (agencies: more than $20,000)". */
export function formatThreshold(threshold: Threshold, marketplace: Marketplace): string {
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
      const invitation = threshold.orInvitation ? ", or an invitation from Upwork" : "";
      const holding =
        threshold.countsWeeksHolding !== undefined
          ? ` (weeks holding ${statusNames[threshold.countsWeeksHolding]} count)`
          : "";
      return `${words} ${amount}${agency}${elance}${invitation}${holding}`;
    }
    case "flag":
      return threshold.expected ? "yes" : "no";
    case "category_usd": {
      const table = marketplace.largeContractThresholdUsd;
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
      return `${statusNames[threshold.status]} status`;
    case "invitation":
      return "by invitation only";
  }
}
