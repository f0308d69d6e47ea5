import { formatUsd } from "../format-usd.js";
import type { Risk, RiskContext } from "./assess-risks.js";
import { monthLabel } from "./month-label.js";
import { describeStrategyVerdicts } from "./render-strategy-verdicts.js";

export interface Advice {
  id: string;
  text: string;
}

/**
 * Concrete steps that answer the risks found; each names a month, an amount or a clause. What
 * keeps the score and the badge comes first, then the clauses, then the money.
 */
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

  const lapse = projection.activityLapsesMonth;
  // Whether she holds it now or gains it on the way, the activity rule bites once the pay stops.
  if (projection.outlook.topRated.heldAtContractEnd && lapse !== null) {
    advice.push({
      id: "activity-after-contract",
      text: `After the contract, send a proposal or accept an invitation before ${monthLabel(projection, lapse)}, or the ${
        rules.topRated.recentActivityDays?.value ?? 90
      }-day activity rule removes Top Rated.`,
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
      text: `Save until you hold 6 months of living costs (${
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

function splitAdvice({ comparison, projection }: RiskContext): string {
  return describeStrategyVerdicts(comparison, projection.largeContractThresholdUsd);
}
