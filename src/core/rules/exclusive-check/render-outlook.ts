import { plural } from "../format-threshold.js";
import { formatUsd } from "../format-usd.js";
import type { ExclusiveCheck } from "./check-exclusive-contract.js";
import { monthLabel } from "./month-label.js";
import type { StatusOutlook } from "./project-statuses.js";

/**
 * The answer to "will I get (or keep) Top Rated, and for how long", in one sentence each for
 * Top Rated and Top Rated Plus, naming the month and the criterion that decides it.
 */
export function statusHeadline(check: ExclusiveCheck): string[] {
  const lines = [topRatedSentence(check)];
  const plus = topRatedPlusSentence(check);
  if (plus) lines.push(plus);
  return lines;
}

function topRatedSentence(check: ExclusiveCheck): string {
  const { input, projection } = check;
  const outlook = projection.outlook.topRated;
  const after = projection.months.length - input.months;
  const lost = outlook.lost;
  if (outlook.heldNow) {
    if (!lost) {
      return `**Top Rated survives**: every projected criterion holds through the contract and ${after} months after it.`;
    }
    if (lost.month <= input.months) {
      return `**Top Rated is lost in ${monthLabel(projection, lost.month)}** of ${input.months}: ${whyLost(check, lost)}.`;
    }
    return `**Top Rated holds for the whole contract** and is lost in ${monthLabel(projection, lost.month)}, after it ends (${lost.criterionIds.map((id) => `\`${id}\``).join(", ")}).`;
  }
  if (input.jss === null) {
    const appears = projection.jssAppearsMonth;
    return `**No Top Rated during this contract**: it needs a Job Success Score and you have none yet; ${
      appears === null
        ? "jobs with this one client cannot create one"
        : `one may appear in ${monthLabel(projection, appears)}, at a value nobody can predict, so the table cannot say more`
    }.`;
  }
  if (outlook.gainedMonth === null) {
    return `**Top Rated does not arrive during this contract**: ${whyBlocked(check, outlook)}.`;
  }
  const arrives = `**Top Rated arrives in ${monthLabel(projection, outlook.gainedMonth)}`;
  if (!lost) return `${arrives} and lasts through the contract and the ${after} months after it.**`;
  if (lost.month <= input.months) {
    return `${arrives} but is lost again in ${monthLabel(projection, lost.month)}** of ${input.months}: ${whyLost(check, lost)}.`;
  }
  return `${arrives} and lasts to the end of the contract**; it is lost in ${monthLabel(projection, lost.month)}, ${plural(lost.month - input.months, "month")} after, when ${whyLost(check, lost)}.`;
}

function topRatedPlusSentence(check: ExclusiveCheck): string | null {
  const { input, projection, rules } = check;
  if (!rules.topRatedPlus.defined) return null;
  const outlook = projection.outlook.topRatedPlus;
  const lost = outlook.lost;
  const withTopRated =
    lost !== null &&
    lost.month === projection.outlook.topRated.lost?.month &&
    lost.criterionIds.includes(rules.topRatedPlus.topRatedCriterionId);
  const lostPart = !lost
    ? "lasts through the contract and after it"
    : withTopRated
      ? "goes with Top Rated"
      : `is lost in ${monthLabel(projection, lost.month)}, ${lost.month <= input.months ? "during the contract" : "after it ends"}: ${whyLost(check, lost)}`;
  if (outlook.heldNow)
    return `Top Rated Plus ${lost ? lostPart : "holds through the contract and after it"}.`;
  if (outlook.gainedMonth !== null) {
    return `Top Rated Plus arrives in ${monthLabel(projection, outlook.gainedMonth)} and ${lostPart}.`;
  }
  const topRated = projection.outlook.topRated;
  return topRated.gainedMonth === null && !topRated.heldNow
    ? "Top Rated Plus needs Top Rated first, so it does not arrive either."
    : `Top Rated Plus does not arrive: ${whyBlocked(check, outlook)}.`;
}

/** Why a status goes in a month, from the criteria that failed then. */
function whyLost(check: ExclusiveCheck, lost: { month: number; criterionIds: string[] }): string {
  const { projection, rules } = check;
  const jssId = rules.topRated.jssCurrent?.criterionId;
  if (lost.criterionIds.includes(jssId ?? "") && projection.jssVanishesMonth === lost.month) {
    return `your Job Success Score disappears (no job with a second client inside ${rules.jss.windowMonths} months) and Top Rated goes with it`;
  }
  return lost.criterionIds.map((id) => criterionPhrase(check, id)).join(" and ");
}

/** Why a status never arrives: the criteria failing in the month that came closest. */
function whyBlocked(check: ExclusiveCheck, outlook: StatusOutlook): string {
  const ids = outlook.blockedBy;
  if (ids.length === 0) return "its criteria never hold together in the months shown";
  return ids.map((id) => criterionPhrase(check, id)).join(" and ");
}

function criterionPhrase(check: ExclusiveCheck, id: string): string {
  const { input, rules, projection } = check;
  const tr = rules.topRated;
  const plus = rules.topRatedPlus;
  switch (id) {
    case tr.jssCurrent?.criterionId:
      return `your score of ${input.jss}% is under ${tr.jssCurrent?.value}% (\`${id}\`)`;
    case tr.jssWeeks?.criterionId:
      return `fewer than ${tr.jssWeeks?.value} of the last ${tr.jssWeeks?.windowWeeks} weeks count as eligible (\`${id}\`)`;
    case tr.earnings12m?.criterionId:
      return `12-month earnings fall under ${formatUsd(tr.earnings12m?.value ?? 0)} (\`${id}\`)`;
    case tr.recentActivityDays?.criterionId:
      return `${tr.recentActivityDays?.value} days pass without a proposal, an accepted invitation or earnings (\`${id}\`)`;
    case tr.firstContractAge?.criterionId:
      return `your first contract is not old enough (\`${id}\`)`;
    case plus.topRatedCriterionId:
      return `Top Rated goes (\`${id}\`)`;
    case plus.earnings12m?.criterionId:
      return `12-month earnings are not above ${formatUsd(plus.earnings12m?.value ?? 0)} (\`${id}\`)`;
    case plus.largeContract?.criterionId:
      return `no single contract has passed ${formatUsd(projection.largeContractThresholdUsd ?? 0)} with earnings in the last 12 months (\`${id}\`)`;
    default:
      return `${rules.conditions[id] ? `it needs ${rules.conditions[id]}, which you said is not so` : "a criterion you stated fails"} (\`${id}\`)`;
  }
}
