import { formatUsd } from "../format-usd.js";
import type { Risk, RiskContext } from "./assess-risks.js";
import { monthLabel } from "./month-label.js";

export interface Advice {
  id: string;
  text: string;
}

/** Concrete steps that answer the risks found; each names a month, an amount or a clause. */
export function advise(context: RiskContext, risks: Risk[]): Advice[] {
  const { input, projection, comparison, rules } = context;
  const severityOf = (id: Risk["id"]) => risks.find((risk) => risk.id === id)?.severity ?? "low";
  const monthlyPay = formatUsd(Math.round(projection.monthlyGrossUsd));
  const advice: Advice[] = [{ id: "choose-split", text: splitAdvice(context) }];

  const vanishes = projection.jssVanishesMonth;
  if (vanishes !== null && severityOf("jss-needs-second-client") !== "low") {
    const deadline = monthLabel(projection, Math.max(1, vanishes - 1));
    advice.push({
      id: "keep-second-client",
      text: input.exclusive
        ? `Negotiate a written carve-out: one small, non-competing contract with another client, finished by ${deadline}, then one every ${rules.jss.windowMonths} months. That keeps your score and Top Rated.`
        : `Take one small contract with another client, finished by ${deadline}, then one every ${rules.jss.windowMonths} months: only a real job with a second client keeps your score.`,
    });
  } else if (input.jss === null && projection.jssAppearsMonth === null && input.months >= 6) {
    advice.push({
      id: "keep-second-client",
      text: `A score (and Top Rated) needs jobs with ${rules.jss.minDistinctClients} clients within ${rules.jss.windowMonths} months: ${
        input.exclusive
          ? "negotiate room for one small job with another client"
          : "take one small job with another client"
      } during the contract.`,
    });
  }

  if (input.exclusive) {
    advice.push({
      id: "notice-clause",
      text: `Ask for a 30-day notice clause, or one month's pay (${monthlyPay}) if the client ends it early.`,
    });
    advice.push({
      id: "narrow-exclusivity",
      text: "Get the exclusivity in writing and narrow: competing work only, for the contract's length, no non-compete after it ends.",
    });
  }

  if (input.savingsMonths === null || input.savingsMonths < 6) {
    advice.push({
      id: "build-savings",
      text: `Save part of every payment until you hold 6 months of living costs (${
        input.savingsMonths === null ? "you did not say how many you have" : `you have ${input.savingsMonths}`
      }).`,
    });
  }

  advice.push({
    id: "payment-cadence",
    text:
      input.pay.kind === "hourly"
        ? `Have the weekly limit set to your ${input.pay.hoursPerWeek} hours: hours above it are neither billed nor protected.`
        : `Fund and release a milestone every month: ${
            rules.jss.longContractPaymentIntervalDays === null
              ? ""
              : `a payment at least every ${rules.jss.longContractPaymentIntervalDays} days keeps the contract counting for your score, and `
          }a fixed-price contract with 90 idle days goes dormant.`,
  });

  // Mid-contract feedback arrived around mid-2020; older rulesets cannot suggest it.
  if (comparison.recommended === "none" && input.months >= 2 && rules.effectiveFrom >= "2020-07-01") {
    advice.push({
      id: "mid-contract-feedback",
      text: "Ask for mid-contract feedback every few months: public reviews without closing the contract (no effect on the score).",
    });
  }

  const lapse = projection.activityLapsesMonth;
  if (
    projection.topRatedHeldNow &&
    lapse !== null &&
    (projection.topRatedKeptUntilMonth ?? 0) >= input.months
  ) {
    advice.push({
      id: "activity-after-contract",
      text: `After the contract, send a proposal or accept an invitation before ${monthLabel(projection, lapse)}, or the ${
        rules.topRated.recentActivityDays?.value ?? 90
      }-day activity rule removes Top Rated.`,
    });
  }

  const conversion = risks.find((risk) => risk.id === "off-platform-pressure")?.numbers.conversion_fee_usd;
  advice.push({
    id: "stay-on-platform",
    text:
      typeof conversion === "number"
        ? `If the client offers to pay outside the platform, decline unless the conversion fee (${formatUsd(Math.round(conversion))}) is paid first.`
        : "If the client offers to pay outside the platform, decline: it breaches the terms and costs your badges.",
  });
  return advice;
}

function splitAdvice({ comparison, projection, rules }: RiskContext): string {
  const reason = comparison.reason;
  const reviews = (split: string) =>
    comparison.outcomes.find((outcome) => outcome.split === split)?.reviews ?? 0;
  const line = formatUsd(projection.largeContractThresholdUsd ?? 0);
  switch (reason.kind) {
    case "large-contract-earlier": {
      const behind = reason.others
        .filter((other) => other.month !== reason.month)
        .map(
          (other) =>
            `split:${other.split} ${other.month === null ? "never does" : `only in month ${other.month}`}`,
        );
      return `Keep one contract (\`split:none\`): it passes the ${line} large-contract line Top Rated Plus needs in month ${reason.month}; ${behind.join(", ")}. More reviews (${reviews("quarterly")} quarterly, ${reviews("monthly")} monthly) do not make up for that.`;
    }
    case "more-rated-outcomes":
      return `Use quarterly contracts (\`split:quarterly\`): at ${reason.jss}% you are under the Top Rated line, and ${reason.reviews} end-of-contract ratings can lift the score sooner, with no loss on the large contract.`;
    case "one-contract-is-enough":
      return `Keep one contract (\`split:none\`): ${
        reason.largeContractMonth === null
          ? "no split reaches the large-contract line anyway"
          : `every split passes the large-contract line in month ${reason.largeContractMonth}`
      }${
        rules.jss.longContractPaymentIntervalDays === null
          ? ""
          : `, a contract paid every ${rules.jss.longContractPaymentIntervalDays} days already counts for the score`
      }, and you avoid new fees per contract.`;
  }
}
