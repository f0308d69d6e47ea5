import { formatUsd, formatUsdShort } from "../format-usd.js";
import { projectionFooter } from "../ruleset-footer.js";
import type { Risk, Severity } from "./assess-risks.js";
import type { ExclusiveCheck } from "./check-exclusive-contract.js";
import { basisMark, topRatedOutlookBasis } from "./claim-basis.js";
import { monthLabel } from "./month-label.js";
import type { MonthProjection } from "./project-exclusive-contract.js";
import { statusHeadline } from "./render-outlook.js";
import { describeStrategyVerdicts } from "./render-strategy-verdicts.js";
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

interface Layout {
  sparkline: boolean;
  /** "marked": low risks in full only when their claim is marked (inferred, secondary). */
  lowRisks: "full" | "marked";
  adviceItems: number;
}

/** Discord's limit for an embed description; the other platforms take more. */
const maxBodyLength = 4096;

/**
 * Verdict first, then the month table and the split comparison in fenced blocks (monospace on
 * Discord, Slack and a terminal alike), then risks, advice and assumptions. When that would not
 * fit a Discord embed, the parts a reader can best do without are shortened first.
 */
export function renderExclusiveCheck(check: ExclusiveCheck, assumptions: string[]): RenderedExclusiveCheck {
  // What the numbers rest on is never cut; the parts a reader misses least give way first.
  const assumptionsSection = assumptions.length > 0 ? `**Assumptions**: ${assumptions.join(" ")}` : null;
  const adviceCount = check.advice.filter((item) => item.id !== "choose-split").length;
  const layouts: Layout[] = [
    { sparkline: true, lowRisks: "full", adviceItems: adviceCount },
    { sparkline: false, lowRisks: "full", adviceItems: adviceCount },
    { sparkline: false, lowRisks: "marked", adviceItems: adviceCount },
  ];
  for (let items = adviceCount - 1; items >= 2; items -= 1) {
    layouts.push({ sparkline: false, lowRisks: "marked", adviceItems: items });
  }
  let body = "";
  for (const layout of layouts) {
    body = [
      verdict(check),
      fenced([...(layout.sparkline ? [...sparklineLines(check), ""] : []), ...monthTable(check)]),
      strategySection(check),
      riskSection(check, layout.lowRisks),
      adviceSection(check, layout.adviceItems),
      ...(assumptionsSection ? [assumptionsSection] : []),
    ].join("\n\n");
    if (body.length <= maxBodyLength) break;
  }
  return {
    title: `Exclusive contract check: ${check.input.months} month(s), split:${check.input.split}`,
    body: fitBody(body),
    footer: projectionFooter({
      id: check.rules.rulesetId,
      marketplaceId: "upwork",
      effectiveFrom: check.rules.effectiveFrom,
    }),
    sources: collectSources(check),
  };
}

/** The last resort, never reached by the shipped rulesets: whole lines up to the limit. */
function fitBody(body: string): string {
  if (body.length <= maxBodyLength) return body;
  const tail = "\n… (cut to fit; `--json` carries everything)";
  const kept = body.slice(0, maxBodyLength - tail.length);
  const lines = kept.slice(0, kept.lastIndexOf("\n"));
  // Close a fenced block cut in the middle, so the rest does not render as code.
  const fences = (lines.match(/```/g) ?? []).length;
  return `${lines}${fences % 2 === 1 ? "\n```" : ""}${tail}`.slice(0, maxBodyLength);
}

function fenced(lines: string[]): string {
  return ["```", ...lines, "```"].join("\n");
}

function verdict(check: ExclusiveCheck): string {
  const { input, projection, rules, risks } = check;
  const [topRatedLine = "", ...otherLines] = statusHeadline(check);
  const lines = [`${topRatedLine}${basisMark(topRatedOutlookBasis(projection, rules))}`, ...otherLines];

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
      ? `**Is it wise?** Not as offered: ${high.length === 1 ? "one risk is" : `${high.length} risks are`} high; the advice says what to negotiate.`
      : medium.length > 0
        ? `**Is it wise?** Workable with safeguards for the ${medium.length === 1 ? "medium risk" : `${medium.length} medium risks`} below.`
        : "**Is it wise?** The numbers show no serious risk.",
  );
  lines.push(`**Best structure: \`split:${check.comparison.recommended}\`** (why: under the comparison).`);
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
  const notes = [
    projection.largeContractThresholdUsd !== null
      ? `Large contract: one contract over ${formatUsd(projection.largeContractThresholdUsd)}; same-client contracts never add up.`
      : "",
    "Splitting adds ratings, never a second client.",
    ...(rules.contractInitiationFee ? [] : ["No extra fees are known under this ruleset."]),
    `"JSS gone" is _inferred_ from ${rules.grades.jss} rules.`,
  ];
  return `**The options compared**\n\`\`\`\n${[header, ...lines].join("\n")}\n\`\`\`\n${notes.filter((note) => note !== "").join(" ")}\n${describeStrategyVerdicts(comparison, projection.largeContractThresholdUsd)}`;
}

function riskSection(check: ExclusiveCheck, lowRisks: "full" | "marked"): string {
  const sorted = [...check.risks].sort(
    (a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity),
  );
  const inFull = (risk: Risk) =>
    lowRisks === "full" || risk.severity !== "low" || basisMark(risk.basis) !== "";
  const lines = sorted
    .filter(inFull)
    .map((risk) => `- **${risk.severity}** \`${risk.id}\`: ${risk.summary}${basisMark(risk.basis)}`);
  const others = sorted.filter((risk) => !inFull(risk));
  if (others.length > 0) lines.push(`- **low**: ${others.map((risk) => `\`${risk.id}\``).join(", ")}`);
  const legend =
    "_Inferred_: gigdesk's reading of rules no source applies to this case; _secondary_: third-party only.";
  return `**Risks**\n${lines.join("\n")}\n${legend}`;
}

/** The choice of structure is argued under the comparison, so the advice list leaves it out. */
function adviceSection(check: ExclusiveCheck, shown: number): string {
  const items = check.advice.filter((item) => item.id !== "choose-split");
  const kept = items.slice(0, shown);
  const more =
    items.length > kept.length ? `\n- (${items.length - kept.length} more in the data: \`--json\`)` : "";
  return `**Advice**\n${kept.map((item) => `- ${item.text}`).join("\n")}${more}`;
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
