import { formatUsd } from "../format-usd.js";
import { joinWords } from "../join-words.js";
import type { StrategyComparison } from "./compare-strategies.js";
import type { Split } from "./exclusive-contract-input.js";
import type { StrategyReason, StrategyVerdict } from "./judge-strategies.js";

const recommendedLead: Record<Split, string> = {
  none: "Keep one contract (`split:none`)",
  quarterly: "Use quarterly contracts (`split:quarterly`)",
  monthly: "Use monthly contracts (`split:monthly`)",
};

/**
 * The choice of structure in words: the recommended option first, then each other option's own
 * verdict, each argued only from that option's numbers.
 */
export function describeStrategyVerdicts(
  comparison: StrategyComparison,
  thresholdUsd: number | null,
): string {
  const line = formatUsd(thresholdUsd ?? 0);
  const ordered = [
    ...comparison.verdicts.filter((verdict) => verdict.verdict === "recommended"),
    ...comparison.verdicts.filter((verdict) => verdict.verdict !== "recommended"),
  ];
  return ordered.map((verdict) => describeVerdict(verdict, line)).join(" ");
}

/** Other options name their deciding reasons only; every reason is in the data. */
const reasonsShownForOthers = 3;

function describeVerdict(verdict: StrategyVerdict, line: string): string {
  const shown = verdict.verdict === "recommended" ? Number.POSITIVE_INFINITY : reasonsShownForOthers;
  const pros = verdict.for.slice(0, shown).map((reason) => reasonWords(reason, line));
  const cons = verdict.against.slice(0, shown).map((reason) => reasonWords(reason, line));
  if (verdict.verdict === "recommended") {
    const against = cons.length > 0 ? `; against it: ${joinWords(cons)}` : "";
    return `${recommendedLead[verdict.split]}: ${pros.length > 0 ? joinWords(pros) : "nothing speaks against it"}${against}.`;
  }
  const label = `\`split:${verdict.split}\` is ${verdict.verdict === "workable" ? "workable" : "not advised"}`;
  if (pros.length === 0 && cons.length === 0) return `${label}: it changes nothing that matters here.`;
  if (verdict.verdict === "not-advised") {
    return `${label}: ${joinWords(cons)}${pros.length > 0 ? `; for it: ${joinWords(pros)}` : ""}.`;
  }
  return `${label}: ${pros.length > 0 ? joinWords(pros) : "it loses nothing that matters"}${cons.length > 0 ? `; against it: ${joinWords(cons)}` : ""}.`;
}

function reasonWords(reason: StrategyReason, _line: string): string {
  switch (reason.code) {
    case "large-contract":
      return `the large contract in month ${reason.month}`;
    case "large-contract-later":
      return `the large contract only in month ${reason.month}, not ${reason.earliestMonth}`;
    case "no-large-contract":
      return `no contract passes ${formatUsd(reason.thresholdUsd)} (largest ${formatUsd(reason.largestUsd)}), so no Top Rated Plus`;
    case "end-of-contract-ratings":
      return `${reason.reviews} end-of-contract ratings`;
    case "ratings-can-lift-score":
      return `${reason.reviews} end-of-contract ratings that can lift your ${reason.jss}% score`;
    case "long-contract-weight":
      return `a long-contract weight of ${reason.weight}${reason.max !== null ? ` of ${reason.max}` : ""}`;
    case "weight-restarts":
      return `the weight restarts with each contract (${reason.weight} vs ${reason.singleWeight})`;
    case "extra-client-fees":
      return `up to ${formatUsd(reason.upToUsd)} in client fees`;
    case "fee-reset-exposure":
      return `a new fee of up to ${reason.percent}% per contract could cost ${formatUsd(reason.upToUsd)} more _(secondary sources only)_`;
    case "one-fee-percentage":
      return "one fee percentage, no new contract fees";
  }
}
