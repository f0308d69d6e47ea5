import { describe, expect, it } from "vitest";
import { netOfServiceFee } from "../../../../src/core/rules/exclusive-check/net-of-service-fee.js";

const tiers2016 = [
  { upToUsd: 500, percent: 20 },
  { upToUsd: 10000, percent: 10 },
  { upToUsd: null, percent: 5 },
];

describe("netOfServiceFee", () => {
  it.each([
    { name: "flat 10%", gross: 5200, before: 0, percent: 10, tiers: null, net: 4680 },
    { name: "flat 0%", gross: 1000, before: 0, percent: 0, tiers: null, net: 1000 },
    // 20% of the first $500 and 10% of the next $4,700.
    { name: "2016 tiers, first month", gross: 5200, before: 0, percent: 20, tiers: tiers2016, net: 4630 },
    // Billings 5,200-10,000 at 10% ($480), the remaining $400 at 5% ($20).
    {
      name: "2016 tiers, crossing $10,000",
      gross: 5200,
      before: 5200,
      percent: 20,
      tiers: tiers2016,
      net: 4700,
    },
    {
      name: "2016 tiers, all above $10,000",
      gross: 1000,
      before: 20000,
      percent: 20,
      tiers: tiers2016,
      net: 950,
    },
  ])("$name", ({ gross, before, percent, tiers, net }) => {
    expect(netOfServiceFee(gross, before, percent, tiers)).toBeCloseTo(net, 6);
  });

  it("keeps the last bounded tier's percent when no tier is open-ended", () => {
    expect(netOfServiceFee(1000, 0, 20, [{ upToUsd: 500, percent: 20 }])).toBeCloseTo(800, 6);
  });
});
