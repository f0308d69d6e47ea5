import { formatUsd } from "../format-usd.js";
import type { Risk, RiskContext, Severity } from "./assess-risks.js";
import { inferredFrom, statedBy } from "./claim-basis.js";

/** The risks of the deal itself: one income, pressure to pay outside, the exclusivity clause. */

export function incomeConcentration({ input, projection, rules }: RiskContext): Risk {
  const basis = statedBy(rules.grades.serviceFee);
  const savings = input.savingsMonths;
  // With exclusivity every dollar comes from this client; without it, only if she takes no other work.
  const sharePercent = 100;
  let severity: Severity =
    savings === null ? "medium" : savings < 3 ? "high" : savings < 6 ? "medium" : "low";
  if (!input.exclusive) severity = severity === "high" ? "medium" : "low";
  const previousMonthly = (input.priorEarningsUsd ?? 0) / 12;
  const savingsText =
    savings === null
      ? "Add `savings_months` to weigh this against your savings."
      : `You have ${savings} month(s) of living costs saved${savings < 3 ? ", so a sudden end leaves little time to find new work" : ""}.`;
  const scope = input.exclusive
    ? `All of your income for ${input.months} month(s) comes from one client`
    : "Unless you take other work, all of your income comes from this client";
  return {
    id: "income-concentration",
    severity,
    summary: `${sharePercent}% of your income from one client for ${input.months} month(s); ${
      savings === null ? "savings not given" : `${savings} month(s) of savings`
    }`,
    detail: `${scope} (${formatUsd(projection.monthlyGrossUsd)} a month before fees${
      previousMonthly > 0
        ? `, against ${formatUsd(Math.round(previousMonthly))} a month on average over the last year`
        : ""
    }). ${savingsText}`,
    basis,
    numbers: {
      share_percent: sharePercent,
      monthly_gross_usd: projection.monthlyGrossUsd,
      previous_monthly_average_usd: Math.round(previousMonthly),
      savings_months: savings,
      months: input.months,
    },
  };
}

export function offPlatformPressure({ input, projection, rules }: RiskContext): Risk {
  const basis = statedBy(rules.grades.offPlatform);
  const { conversionFeePercent, annualHours, badgeBanMonths } = rules.offPlatform;
  const fee =
    conversionFeePercent === null
      ? null
      : input.pay.kind === "hourly"
        ? annualHours === null
          ? null
          : (input.pay.rateUsd * annualHours * conversionFeePercent) / 100
        : (input.pay.monthlyUsd * 12 * conversionFeePercent) / 100;
  const formula =
    fee === null || conversionFeePercent === null
      ? null
      : input.pay.kind === "hourly"
        ? `${formatUsd(input.pay.rateUsd)} × ${annualHours?.toLocaleString("en-US")} h × ${conversionFeePercent}%`
        : `${formatUsd(input.pay.monthlyUsd)} × 12 × ${conversionFeePercent}%`;
  const numbers = {
    conversion_fee_usd: fee === null ? null : Math.round(fee * 100) / 100,
    badge_ban_months: badgeBanMonths,
    service_fees_over_contract_usd: projection.totalServiceFeeUsd,
  };
  return {
    id: "off-platform-pressure",
    severity: input.months >= 6 ? "medium" : "low",
    summary: `${fee === null ? "no percentage conversion fee under this ruleset" : `conversion fee ${formula} = ${formatUsd(Math.round(fee))}`}${
      badgeBanMonths === null
        ? "; paying outside breaches the terms"
        : `; paying outside costs every badge for ${badgeBanMonths} months`
    }`,
    detail: `On a long single-client deal the client may offer to pay you directly to save fees (you pay ${formatUsd(
      Math.round(projection.totalServiceFeeUsd),
    )} in service fees over this contract). ${
      fee === null
        ? "This ruleset has no percentage conversion fee."
        : `Moving the relationship off the platform properly means the conversion fee: ${formula} = ${formatUsd(Math.round(fee))}.`
    } ${
      badgeBanMonths === null
        ? "Paying outside the platform breaches the terms."
        : `Paying outside the platform without it costs every badge and blocks them for ${badgeBanMonths} months.`
    }`,
    numbers,
    basis,
  };
}

export function exclusivityScope({ input }: RiskContext): Risk {
  // No rule on exclusivity was found in the user agreement (primary, ~2020): what the clause should
  // say is gigdesk's reading, not a rule.
  const basis = inferredFrom("primary");
  const severity: Severity = !input.exclusive
    ? "low"
    : input.months >= 6 || (input.savingsMonths !== null && input.savingsMonths < 3)
      ? "medium"
      : "low";
  return {
    id: "exclusivity-scope",
    severity,
    summary: input.exclusive
      ? "a private term: settle what it covers, that it ends with the contract, and the notice"
      : "other clients allowed; get that and a notice period in writing",
    detail: input.exclusive
      ? `The marketplace has no rule on exclusivity: it is a private term between you and the client and cannot require payment outside the platform. Settle what it covers (all work, or only competing work), whether it ends with the contract (exclusivity) or follows you after it (a non-compete), and how much notice either side gives; ${input.months} month(s) with no notice clause means the client can end it any day.`
      : "The client allows other clients, so you keep your own pipeline; make sure the contract says so, and agree a notice period anyway.",
    numbers: { exclusive: input.exclusive, months: input.months },
    basis,
  };
}
