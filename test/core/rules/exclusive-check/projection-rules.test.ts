import { describe, expect, it } from "vitest";
import {
  contractInitiationFeeFor,
  variableFeeFor,
} from "../../../../src/core/rules/exclusive-check/contract-fees.js";
import { current, rulesFor } from "./scenario.js";

describe("projectionRulesFrom", () => {
  it("reads the current ruleset's thresholds and marketplace numbers", () => {
    expect(current.serviceFeePercent).toBe(10);
    expect(current.serviceFeeTiers).toBeNull();
    expect(current.topRated.jssCurrent).toEqual({
      criterionId: "top_rated.jss_current",
      comparison: "gte",
      value: 90,
    });
    expect(current.topRated.earnings12m).toEqual({
      criterionId: "top_rated.earnings_12m",
      comparison: "gte",
      value: 1000,
    });
    expect(current.topRated.recentActivityDays?.value).toBe(90);
    expect(current.topRatedPlus.earnings12m).toEqual({
      criterionId: "top_rated_plus.earnings_12m",
      comparison: "gt",
      value: 10000,
    });
    expect(current.topRatedPlus.largeContract).toEqual({
      criterionId: "top_rated_plus.large_contract",
      comparison: "gt",
    });
    expect(current.largeContractThresholdUsd?.default).toBe(10000);
    expect(current.largeContractThresholdUsd?.byCategory.writing).toBe(5000);
    expect(current.jss).toEqual({
      windowMonths: 24,
      minDistinctClients: 2,
      longContractPaymentIntervalDays: 90,
      maxLongContractWeight: 8,
    });
    expect(current.inactivity.privateAfterDaysEstablished).toBe(730);
    expect(current.offPlatform).toEqual({ conversionFeePercent: 12, annualHours: 2080, badgeBanMonths: 6 });
    // The first contract's age is followed month by month now (issue 16: gaining Top Rated).
    expect(current.topRated.firstContractAge).toEqual({
      criterionId: "top_rated.first_contract_age",
      comparison: "gt",
      value: 90,
    });
    expect(current.topRated.unprojectedCriterionIds).toEqual([
      "top_rated.profile_complete",
      "top_rated.availability_current",
      "top_rated.no_recent_hold",
    ]);
  });

  it("keeps the 2016 ruleset's missing rules as nulls instead of guessing", () => {
    const old = rulesFor("2016-top-rated");
    expect(old.topRatedPlus.defined).toBe(false);
    expect(old.largeContractThresholdUsd).toBeNull();
    expect(old.serviceFeeTiers).toHaveLength(3);
    expect(old.jss.longContractPaymentIntervalDays).toBeNull();
    expect(old.jss.minDistinctClients).toBe(3);
    expect(old.inactivity.privateAfterDaysEstablished).toBeNull();
    expect(old.offPlatform.conversionFeePercent).toBeNull();
    expect(old.topRated.jssWeeks).toBeNull();
    expect(old.contractInitiationFee).toBeNull();
    expect(old.variableFee).toBeNull();
  });

  it.each([
    { date: "2016-06-01", initiation: null, variable: null },
    { date: "2023-04-26", initiation: 14.99, variable: null },
    { date: "2024-09-01", initiation: 14.99, variable: 15 },
  ])(
    "derives the fees the schema does not hold for a ruleset from $date",
    ({ date, initiation, variable }) => {
      expect(contractInitiationFeeFor(date)?.maxUsd ?? null).toBe(initiation);
      expect(variableFeeFor(date)?.maxPercent ?? null).toBe(variable);
    },
  );
});
