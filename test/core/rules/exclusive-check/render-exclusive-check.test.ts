import { describe, expect, it } from "vitest";
import { checkExclusiveContract } from "../../../../src/core/rules/exclusive-check/check-exclusive-contract.js";
import { renderExclusiveCheck } from "../../../../src/core/rules/exclusive-check/render-exclusive-check.js";
import { markerLine, sparkline } from "../../../../src/core/rules/exclusive-check/sparkline.js";
import { current, now, scenario } from "./scenario.js";

describe("sparkline", () => {
  it.each([
    { values: [0, 1, 2, 3, 4, 5, 6, 7], line: "▁▂▃▄▅▆▇█" },
    { values: [0, 0, 0], line: "▁▁▁" },
    { values: [10, 5, 0], line: "█▅▁" },
  ])("$values", ({ values, line }) => {
    expect(sparkline(values)).toBe(line);
  });

  it("marks the months a test holds", () => {
    expect(markerLine([true, false, true], "✓")).toBe("✓·✓");
  });
});

describe("renderExclusiveCheck", () => {
  it.each([
    { name: "12 months", input: scenario() },
    { name: "36 months split monthly", input: scenario({ months: 36, split: "monthly", savingsMonths: 2 }) },
    {
      name: "no score",
      input: scenario({ jss: null, status: "none", otherClients: 0, lastOtherJobMonths: null }),
    },
  ])("puts the verdict first and fits a Discord embed: $name", ({ input }) => {
    const check = checkExclusiveContract(input, current, now);
    const rendered = renderExclusiveCheck(check, ["An assumption."]);
    expect(rendered.body.split("\n")[0]).toMatch(/^\*\*/);
    expect(rendered.body.indexOf("```")).toBeGreaterThan(0);
    expect(rendered.body.indexOf("**Risks**")).toBeGreaterThan(rendered.body.indexOf("```"));
    expect(rendered.body.indexOf("**Advice**")).toBeGreaterThan(rendered.body.indexOf("**Risks**"));
    // Discord: 4,096 characters of description, 1,024 per field (the sources), 6,000 in all.
    expect(rendered.body.length).toBeLessThanOrEqual(4096);
    expect(rendered.sources.map((url) => `- ${url}`).join("\n").length).toBeLessThanOrEqual(1024);
    expect(rendered.body.length + rendered.footer.length + rendered.title.length + 1024).toBeLessThanOrEqual(
      6000,
    );
    expect(rendered.footer).toMatch(/unofficial/);
    expect((rendered.body.match(/```/g) ?? []).length % 2).toBe(0);
  });

  it("shows the month the score disappears and the split table with reviews", () => {
    const rendered = renderExclusiveCheck(checkExclusiveContract(scenario(), current, now), []);
    expect(rendered.body).toContain("**Top Rated is lost in month 4 (Feb 2027)**");
    expect(rendered.body).toMatch(/none\s+month 3\s+1\s/);
    expect(rendered.body).toMatch(/monthly\s+never\s+12\s/);
    expect(rendered.body).toMatch(/12m earnings [▁▂▃▄▅▆▇█]{18} peak \$56\.2k/);
  });
});
