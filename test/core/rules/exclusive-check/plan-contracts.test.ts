import { describe, expect, it } from "vitest";
import { planContracts } from "../../../../src/core/rules/exclusive-check/plan-contracts.js";

describe("planContracts", () => {
  it.each([
    { months: 12, split: "none", expected: [[1, 12]] },
    {
      months: 12,
      split: "quarterly",
      expected: [
        [1, 3],
        [4, 6],
        [7, 9],
        [10, 12],
      ],
    },
    {
      months: 13,
      split: "quarterly",
      expected: [
        [1, 3],
        [4, 6],
        [7, 9],
        [10, 12],
        [13, 13],
      ],
    },
    { months: 2, split: "quarterly", expected: [[1, 2]] },
    {
      months: 3,
      split: "monthly",
      expected: [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    },
    { months: 1, split: "none", expected: [[1, 1]] },
  ] as const)("$months months, split $split", ({ months, split, expected }) => {
    const contracts = planContracts(months, split);
    expect(contracts.map((contract) => [contract.startMonth, contract.endMonth])).toEqual(expected);
    expect(contracts.map((contract) => contract.index)).toEqual(expected.map((_, index) => index));
  });
});
