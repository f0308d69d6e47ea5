import { plural } from "../format-threshold.js";
import { formatUsd } from "../format-usd.js";
import type { Risk, RiskContext, Severity } from "./assess-risks.js";
import { inferredFrom, statedBy, topRatedOutlookBasis } from "./claim-basis.js";
import { monthLabel } from "./month-label.js";

/** The risks to her score, her badges and her visibility. */

export function jssNeedsSecondClient({ input, projection, rules }: RiskContext): Risk {
  const basis = inferredFrom(rules.grades.jss);
  const vanishes = projection.jssVanishesMonth;
  const numbers = {
    vanishes_month: vanishes,
    appears_month: projection.jssAppearsMonth,
    other_clients: input.otherClients,
    last_other_job_months: input.lastOtherJobMonths,
    window_months: rules.jss.windowMonths,
    min_distinct_clients: rules.jss.minDistinctClients,
  };
  const rule = `A score needs eligible jobs with at least ${rules.jss.minDistinctClients} different clients inside ${rules.jss.windowMonths} months; jobs with this one client count once, however many contracts.`;
  if (input.jss === null) {
    const appears = projection.jssAppearsMonth;
    return {
      id: "jss-needs-second-client",
      severity: appears === null && input.months >= 6 ? "medium" : "low",
      summary:
        appears === null
          ? "no score now, and jobs with this one client cannot create one"
          : `no score now; one may appear in ${monthLabel(projection, appears)}`,
      detail:
        appears === null
          ? `You have no Job Success Score, and this contract alone cannot create one. ${rule} Without a score there is no Top Rated.`
          : `You have no Job Success Score now; with this client's job and your other client(s) one could appear in ${monthLabel(projection, appears)}, at a value nobody can predict. ${rule}`,
      numbers,
      basis,
    };
  }
  if (vanishes === null) {
    return {
      id: "jss-needs-second-client",
      severity: "low",
      summary: "your score keeps two clients inside the window throughout",
      detail: `Your score keeps enough clients inside the window for the whole projection. ${rule}`,
      numbers,
      basis,
    };
  }
  const severity: Severity =
    vanishes <= input.months ? "high" : vanishes <= input.months + 6 ? "medium" : "low";
  const cause =
    input.otherClients > 0 && input.lastOtherJobMonths !== null
      ? `your last job with another client (ended ${input.lastOtherJobMonths} month(s) ago) leaves the ${rules.jss.windowMonths}-month window`
      : "no other client is left inside the window";
  const wayOut = input.exclusive
    ? "The exclusivity forbids the one thing that would keep it: a job with another client."
    : "The deal allows other clients, but only a job you actually take keeps it.";
  return {
    id: "jss-needs-second-client",
    severity,
    summary: `score disappears in ${monthLabel(projection, vanishes)}: no other client's job left inside ${rules.jss.windowMonths} months`,
    detail: `Your Job Success Score disappears in ${monthLabel(projection, vanishes)}, when ${cause}, and Top Rated goes with it. ${wayOut} ${rule}`,
    numbers,
    basis,
  };
}

export function topRatedLost({ input, projection, rules }: RiskContext): Risk {
  const basis = topRatedOutlookBasis(projection, rules);
  const lost = projection.topRatedLost;
  const gained = projection.outlook.topRated.gainedMonth;
  const numbers = {
    month: lost?.month ?? null,
    criteria: lost ? lost.criterionIds.join(",") : null,
    kept_until_month: projection.topRatedKeptUntilMonth,
    held_now: projection.topRatedHeldNow,
    gained_month: gained,
  };
  if (!projection.topRatedHeldNow && gained === null) {
    const blocked = projection.outlook.topRated.blockedBy;
    return {
      id: "top-rated-lost",
      severity: "low",
      summary: "you do not hold Top Rated now, and it does not arrive in the months shown",
      detail: `You do not hold Top Rated now (status \`${input.status}\`) and the projection never meets every criterion${
        blocked.length > 0 ? ` (${blocked.map((id) => `\`${id}\``).join(", ")} fail)` : ""
      }, so there is nothing to lose; /eligibility shows what is missing.`,
      numbers,
      basis,
    };
  }
  const since = gained === null ? "" : ` after arriving in ${monthLabel(projection, gained)}`;
  if (!lost) {
    return {
      id: "top-rated-lost",
      severity: "low",
      summary: `${gained === null ? "kept" : `arrives in ${monthLabel(projection, gained)}, kept`} through ${monthLabel(projection, projection.months.length)}`,
      detail: `Top Rated holds${since} through the contract and the ${projection.months.length - input.months} months after it, if the unprojected criteria (${rules.topRated.unprojectedCriterionIds.join(", ") || "none"}) stay as they are.`,
      numbers,
      basis,
    };
  }
  const during = lost.month <= input.months;
  return {
    id: "top-rated-lost",
    severity: during ? "high" : "medium",
    summary: `${gained === null ? "" : `arrives in ${monthLabel(projection, gained)}; `}lost in ${monthLabel(projection, lost.month)}${during ? ", during the contract" : ", after it"} (${lost.criterionIds.map((id) => `\`${id}\``).join(", ")})`,
    detail: `Top Rated is lost${since} in ${monthLabel(projection, lost.month)}${
      during ? ", during the contract" : `, ${plural(lost.month - input.months, "month")} after it ends`
    }: ${lost.criterionIds.map((id) => `\`${id}\``).join(" and ")} no longer met. Getting it back takes about 13 eligible weeks once every criterion holds again.`,
    numbers,
    basis,
  };
}

export function topRatedPlusSplit({ input, comparison, projection, rules }: RiskContext): Risk {
  const basis = statedBy(
    rules.grades.largeContract,
    rules.grades.criteria[rules.topRatedPlus.largeContract?.criterionId ?? ""],
  );
  const threshold = projection.largeContractThresholdUsd;
  const byStrategy = Object.fromEntries(
    comparison.outcomes.map((outcome) => [
      `${outcome.split}_large_contract_month`,
      outcome.largeContractMonth,
    ]),
  );
  const numbers = { threshold_usd: threshold, chosen_split: input.split, ...byStrategy };
  if (!rules.topRatedPlus.defined || threshold === null) {
    return {
      id: "top-rated-plus-split",
      severity: "low",
      summary: "no Top Rated Plus under this ruleset",
      detail: "Top Rated Plus does not exist under this ruleset, so splitting costs no large contract.",
      numbers,
      basis,
    };
  }
  const single = comparison.outcomes.find((outcome) => outcome.split === "none");
  const chosen = comparison.outcomes.find((outcome) => outcome.split === input.split);
  const singleMonth = single?.largeContractMonth ?? null;
  const describe = comparison.outcomes
    .map(
      (outcome) =>
        `${outcome.split}: ${outcome.largeContractMonth === null ? "never" : `month ${outcome.largeContractMonth}`} (largest ${formatUsd(Math.round(outcome.largestContractUsd))})`,
    )
    .join("; ");
  if (singleMonth === null) {
    return {
      id: "top-rated-plus-split",
      severity: "low",
      summary: `no single contract reaches ${formatUsd(threshold)}, split or not`,
      detail: `No single contract reaches the ${formatUsd(threshold)} large-contract line at this pay in ${input.months} month(s), split or not (${describe}).`,
      numbers,
      basis,
    };
  }
  const chosenMonth = chosen?.largeContractMonth ?? null;
  const blockedSplits = comparison.outcomes.filter((outcome) => outcome.largeContractMonth === null);
  let severity: Severity = "low";
  if (input.split !== "none")
    severity = chosenMonth === null ? "high" : chosenMonth > singleMonth ? "medium" : "low";
  const verdict =
    blockedSplits.length > 0
      ? `Splitting into ${blockedSplits.map((outcome) => outcome.split).join(" or ")} contracts means no single contract ever passes it, and separate contracts with the same client are not added up.`
      : "Every split still passes it, because each contract on its own earns enough.";
  return {
    id: "top-rated-plus-split",
    severity,
    summary:
      blockedSplits.length > 0
        ? `one contract passes ${formatUsd(threshold)} in month ${singleMonth}; ${blockedSplits.map((outcome) => `split:${outcome.split}`).join(" and ")} never does`
        : `every split passes ${formatUsd(threshold)} (one contract in month ${singleMonth})`,
    detail: `Top Rated Plus needs one single contract above ${formatUsd(threshold)}: one contract passes it in month ${singleMonth}. ${verdict} (${describe})`,
    numbers,
    basis,
  };
}

export function inactivityAfterContract({ input, projection, rules }: RiskContext): Risk {
  const basis = statedBy(
    rules.grades.inactivity,
    rules.grades.criteria[rules.topRated.recentActivityDays?.criterionId ?? ""],
  );
  const activityDays = rules.topRated.recentActivityDays?.value ?? null;
  const lapse = projection.activityLapsesMonth;
  const privateMonth = projection.profilePrivateMonth;
  const privateAfter = rules.inactivity.privateAfterDaysEstablished;
  const numbers = {
    activity_days: activityDays,
    activity_lapses_month: lapse,
    private_after_days: privateAfter,
    profile_private_month: privateMonth,
    jss_window_months: rules.jss.windowMonths,
  };
  const privacy =
    privateAfter === null
      ? "This ruleset has no automatic switch to a private profile."
      : privateMonth === null
        ? `Your profile stays public: it only turns private after ${privateAfter} days without earnings.`
        : `Your profile turns private in ${monthLabel(projection, privateMonth)} after ${privateAfter} days without earnings.`;
  const severity: Severity =
    privateMonth !== null ? "high" : projection.topRatedHeldNow && lapse !== null ? "medium" : "low";
  const activity =
    lapse === null || activityDays === null
      ? "The earnings keep the activity rule met for the whole projection."
      : `Earnings keep you active during the contract; ${activityDays} days after it ends (${monthLabel(projection, lapse)}) the Top Rated activity rule fails unless you send a proposal, accept an invitation or earn.`;
  return {
    id: "inactivity-after-contract",
    severity,
    summary: [
      lapse === null || activityDays === null
        ? null
        : `${activityDays}-day activity rule fails in ${monthLabel(projection, lapse)} without a proposal`,
      privateMonth === null
        ? "profile stays public"
        : `profile private from ${monthLabel(projection, privateMonth)}`,
    ]
      .filter((part) => part !== null)
      .join("; "),
    detail: `${activity} ${privacy} With no new contract at all, the score itself disappears ${rules.jss.windowMonths} months after the last job.${
      input.exclusive
        ? " During an exclusive deal your proposals dry up, so the pipeline starts from zero when it ends."
        : ""
    }`,
    numbers,
    basis,
  };
}
