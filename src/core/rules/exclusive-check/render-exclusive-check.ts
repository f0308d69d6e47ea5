import { formatUsd, formatUsdShort } from "../format-usd.js";
import { projectionFooter } from "../ruleset-footer.js";
import type { Severity } from "./assess-risks.js";
import type { ExclusiveCheck } from "./check-exclusive-contract.js";
import { monthLabel } from "./month-label.js";
import type { MonthProjection } from "./project-exclusive-contract.js";
import { markerLine, sparkline } from "./sparkline.js";

export interface RenderedExclusiveCheck {
  title: string;
  body: string;
  footer: string;
  sources: string[];
}

const yes = "✓";
const no = "✗";
const severityOrder: Severity[] = ["high", "medium", "low"];

/**
 * Verdict first, then the month table and the split comparison in fenced blocks (monospace on
 * Discord, Slack and a terminal alike), then risks and advice. Sized to stay within a Discord embed.
 */
export function renderExclusiveCheck(check: ExclusiveCheck, assumptions: string[]): RenderedExclusiveCheck {
  const sections = [
    verdict(check),
    fenced([...sparklineLines(check), "", ...monthTable(check)]),
    strategySection(check),
    riskSection(check),
    adviceSection(check),
  ];
  if (assumptions.length > 0) sections.push(`**Assumptions**: ${assumptions.join(" ")}`);
  return {
    title: `Exclusive contract check: ${check.input.months} month(s), split:${check.input.split}`,
    body: sections.join("\n\n"),
    footer: projectionFooter({ id: check.rules.rulesetId, effectiveFrom: check.rules.effectiveFrom }),
    sources: collectSources(check),
  };
}

function fenced(lines: string[]): string {
  return ["```", ...lines, "```"].join("\n");
}

function verdict(check: ExclusiveCheck): string {
  const { input, projection, rules, risks } = check;
  const lines: string[] = [];
  const lost = projection.topRatedLost;
  if (!projection.topRatedHeldNow) {
    lines.push(
      "**You do not hold Top Rated now** (`/eligibility` shows what is missing); here is what the contract does to your score and income.",
    );
  } else if (!lost) {
    lines.push(
      `**Top Rated survives**: every projected criterion holds through the contract and ${projection.months.length - input.months} months after it.`,
    );
  } else if (lost.month <= input.months) {
    const why =
      lost.criterionIds.some((id) => id === rules.topRated.jssCurrent?.criterionId) &&
      projection.jssVanishesMonth === lost.month
        ? `your Job Success Score disappears (no job with a second client inside ${rules.jss.windowMonths} months) and Top Rated goes with it`
        : `${lost.criterionIds.map((id) => `\`${id}\``).join(" and ")} fails`;
    lines.push(`**Top Rated is lost in ${monthLabel(projection, lost.month)}** of ${input.months}: ${why}.`);
  } else {
    lines.push(
      `**Top Rated holds for the whole contract** and is lost in ${monthLabel(projection, lost.month)}, after it ends (${lost.criterionIds.map((id) => `\`${id}\``).join(", ")}).`,
    );
  }

  const earningsRule = rules.topRated.earnings12m;
  if (earningsRule) {
    const fail = projection.firstEarningsCriterionFailMonth;
    lines.push(
      fail === null
        ? `12-month earnings stay at or above ${formatUsd(earningsRule.value)} in every month shown.`
        : fail <= input.months
          ? `12-month earnings fall under ${formatUsd(earningsRule.value)} in ${monthLabel(projection, fail)}, during the contract.`
          : `12-month earnings stay above ${formatUsd(earningsRule.value)} through the contract.`,
    );
  }
  const privateMonth = projection.profilePrivateMonth;
  lines.push(
    privateMonth === null
      ? "Your account is not treated as inactive: the earnings keep your profile public" +
          (projection.activityLapsesMonth !== null
            ? `; after the contract the 90-day activity rule bites in ${monthLabel(projection, projection.activityLapsesMonth)}.`
            : ".")
      : `Your profile turns private in ${monthLabel(projection, privateMonth)} for lack of earnings.`,
  );

  const high = risks.filter((risk) => risk.severity === "high").map((risk) => `\`${risk.id}\``);
  const medium = risks.filter((risk) => risk.severity === "medium").map((risk) => `\`${risk.id}\``);
  lines.push(
    high.length > 0
      ? `**Is it wise?** Not as offered: ${high.join(", ")} ${high.length === 1 ? "is" : "are"} high. The advice below says what to negotiate.`
      : medium.length > 0
        ? `**Is it wise?** Workable with safeguards: ${medium.join(", ")} need attention.`
        : "**Is it wise?** The numbers show no serious risk.",
  );
  lines.push(
    `**Best structure: \`split:${check.comparison.recommended}\`**: see the comparison and the first advice item.`,
  );
  return lines.join("\n");
}

function sparklineLines(check: ExclusiveCheck): string[] {
  const { projection, rules } = check;
  const values = projection.months.map((row) => row.earnings12mUsd);
  const top = Math.max(...values);
  const lines = [`12m earnings ${sparkline(values)} peak ${formatUsdShort(top)}`];
  const tr = rules.topRated.earnings12m;
  if (tr) {
    const label = `TR ≥ ${formatUsdShort(tr.value)}`.padEnd(12);
    lines.push(
      `${label} ${markerLine(
        projection.months.map((row) => row.criteria[tr.criterionId] === true),
        yes,
      )}`,
    );
  }
  const trp = rules.topRatedPlus.earnings12m;
  if (trp) {
    const label = `TR+ > ${formatUsdShort(trp.value)}`.padEnd(12);
    lines.push(
      `${label} ${markerLine(
        projection.months.map((row) => row.criteria[trp.criterionId] === true),
        yes,
      )}`,
    );
  }
  lines.push(
    `${"contract".padEnd(12)} ${projection.months
      .map((row) => (row.inContract ? "=" : " "))
      .join("")
      .trimEnd()}`,
  );
  return lines;
}

function monthTable(check: ExclusiveCheck): string[] {
  const { projection, input } = check;
  const header = "Mo Month    12m earn TR TR+ JSS Pub Wt";
  const rows = projection.months;
  const shown = rows.filter((row, index) => {
    if (rows.length <= 12) return true;
    const previous = rows[index - 1];
    return (
      index === 0 ||
      index === rows.length - 1 ||
      row.month === input.months ||
      row.month === input.months + 1 ||
      !previous ||
      changed(previous, row)
    );
  });
  const lines = [header];
  let lastMonth = 0;
  for (const row of shown) {
    if (row.month > lastMonth + 1) lines.push(" ⋮");
    lines.push(tableRow(row, row.month === input.months ? "← end" : ""));
    lastMonth = row.month;
  }
  return lines;
}

function changed(previous: MonthProjection, row: MonthProjection): boolean {
  return (
    previous.topRated !== row.topRated ||
    previous.topRatedPlus !== row.topRatedPlus ||
    previous.jssExists !== row.jssExists ||
    previous.profilePublic !== row.profilePublic ||
    previous.largeContract !== row.largeContract ||
    JSON.stringify(previous.criteria) !== JSON.stringify(row.criteria)
  );
}

function tableRow(row: MonthProjection, note: string): string {
  const mark = (value: boolean) => (value ? yes : no);
  const [year, month] = row.calendarMonth.split("-");
  const label = `${year}-${month}`;
  return [
    String(row.month).padStart(2),
    label.padEnd(8),
    formatUsdShort(row.earnings12mUsd).padStart(8),
    ` ${mark(row.topRated)}`,
    `  ${mark(row.topRatedPlus)}`,
    `  ${mark(row.jssExists)}`,
    `  ${mark(row.profilePublic)}`,
    String(row.longContractWeight ?? "-").padStart(2),
    note,
  ]
    .join(" ")
    .trimEnd();
}

function strategySection(check: ExclusiveCheck): string {
  const { comparison, rules, projection } = check;
  const header = "split      large contract  reviews  extra fees  JSS gone";
  const lines = comparison.outcomes.map((outcome) =>
    [
      outcome.split.padEnd(10),
      (outcome.largeContractMonth === null ? "never" : `month ${outcome.largeContractMonth}`).padEnd(15),
      String(outcome.reviews).padEnd(8),
      (outcome.extraFeesUsd > 0 ? `≤ ${formatUsd(outcome.extraFeesUsd)}` : "$0").padEnd(11),
      outcome.jssVanishesMonth === null ? "-" : `month ${outcome.jssVanishesMonth}`,
    ].join(" "),
  );
  const threshold = projection.largeContractThresholdUsd;
  const notes: string[] = [];
  if (threshold !== null)
    notes.push(
      `Large contract: one contract above ${formatUsd(threshold)}; same-client contracts do not add up.`,
    );
  const initiation = rules.contractInitiationFee;
  notes.push(
    initiation
      ? `Extra fees: the client's fee per extra contract (≤ ${formatUsd(initiation.maxUsd)} each); your ${rules.serviceFeePercent}% assumed on every contract.`
      : `Extra fees: none known under this ruleset; your fee assumed the same on every contract.`,
  );
  const quarterly = comparison.outcomes.find((outcome) => outcome.split === "quarterly");
  if (rules.variableFee && quarterly?.feeResetExposureUsd) {
    notes.push(
      `If new contracts got the reported ${rules.variableFee.maxPercent}% (secondary sources), quarterly would cost up to ${formatUsd(Math.round(quarterly.feeResetExposureUsd))} more.`,
    );
  }
  const weight = comparison.outcomes.find((outcome) => outcome.split === "none")?.maxLongContractWeight;
  if (weight !== null && weight !== undefined && rules.jss.longContractPaymentIntervalDays !== null) {
    notes.push(
      `JSS: one contract paid every ${rules.jss.longContractPaymentIntervalDays} days counts without feedback, weight ${weight}${rules.jss.maxLongContractWeight !== null ? ` of max ${rules.jss.maxLongContractWeight}` : ""}; splits add ratings but never a second client.`,
    );
  }
  return `**The options compared**\n\`\`\`\n${[header, ...lines].join("\n")}\n\`\`\`\n${notes.join(" ")}`;
}

function riskSection(check: ExclusiveCheck): string {
  const sorted = [...check.risks].sort(
    (a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity),
  );
  const lines = sorted.map((risk) => `- **${risk.severity}** \`${risk.id}\`: ${risk.summary}`);
  return `**Risks**\n${lines.join("\n")}`;
}

function adviceSection(check: ExclusiveCheck): string {
  return `**Advice**\n${check.advice.map((item) => `- ${item.text}`).join("\n")}`;
}

/** The sources behind the numbers used, one or two per topic, so the list fits a chat reply. */
function collectSources(check: ExclusiveCheck): string[] {
  const { sources, contractInitiationFee, variableFee } = check.rules;
  return [
    ...new Set([
      ...sources.jss.slice(0, 2),
      ...sources.topRated.slice(0, 1),
      ...sources.largeContract.slice(1, 2),
      ...sources.inactivity.slice(0, 1),
      ...sources.offPlatform.slice(0, 1),
      ...sources.serviceFee.slice(0, 1),
      ...(contractInitiationFee?.sources.slice(-1) ?? []),
      ...(variableFee?.sources.slice(0, 1) ?? []),
    ]),
  ];
}
