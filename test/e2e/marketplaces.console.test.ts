import { describe, expect, it } from "vitest";
import {
  boundaryLine,
  levelTwoAtEveryTopRatedBar,
  numericBoundaries,
  statedBoundaries,
} from "../fixtures/marketplace-boundaries.js";
import { runBot } from "../support/run-bot-process.js";

interface Line {
  input: string;
  kind: string;
  text: string;
  data: Record<string, unknown>;
}

interface Tier {
  tier: string;
  status: string;
  met: string[];
  unmet: { criterion: string }[];
  unknown: { criterion: string }[];
  assumed: string[];
  reason?: string;
}

const tierOf = (line: Line | undefined, criterion: string) =>
  ((line?.data.tiers ?? []) as Tier[]).find((tier) => tier.tier === criterion.split(".")[0]);

/** Issue 19's "must show", asked through the real `npm start --json` process, as a member would. */
const cases: { point: string; line: string; check: (line: Line | undefined) => void }[] = [
  ...numericBoundaries.flatMap((row) =>
    (
      [
        ["at", row.at, true],
        ["just below", row.below, false],
        ["just above", row.above, true],
      ] as const
    ).map(([where, value, met]) => ({
      point: `${row.criterion} ${where} the bar`,
      line: boundaryLine(row.marketplace, row.option, value),
      check: (line: Line | undefined) => {
        const tier = tierOf(line, row.criterion);
        expect(Object.keys(tier ?? {})).toEqual(
          expect.arrayContaining(["tier", "status", "met", "unmet", "unknown", "assumed"]),
        );
        if (met) expect(tier?.met).toContain(row.criterion);
        else expect(tier?.unmet.map((entry) => entry.criterion)).toContain(row.criterion);
      },
    })),
  ),
  ...statedBoundaries.flatMap((row) =>
    [
      ...row.meets.map((value) => [value, true] as const),
      ...row.fails.map((value) => [value, false] as const),
    ].map(([value, met]) => ({
      point: `${row.criterion} with ${row.option}:${value}`,
      line: boundaryLine("fiverr", row.option, value),
      check: (line: Line | undefined) => {
        const tier = tierOf(line, row.criterion);
        if (met) expect(tier?.met).toContain(row.criterion);
        else expect(tier?.unmet.map((entry) => entry.criterion)).toContain(row.criterion);
      },
    })),
  ),
  {
    point: "a Level 2 member at every published Top Rated bar can be reviewed, and is not Top Rated",
    line: levelTwoAtEveryTopRatedBar,
    check: (line) => {
      expect(tierOf(line, "top_rated.")?.status).toBe("qualifies_for_review");
      expect(line?.text).toContain("Top Rated: you can be reviewed for it");
      expect(line?.text).not.toContain("Top Rated: eligible");
    },
  },
  {
    point: "/status marketplace:toptal explains and cites",
    line: "/status marketplace:toptal tier:network",
    check: (line) => {
      expect(line?.kind).toBe("message");
      expect(line?.text).toContain(
        "Why gigdesk cannot compute it: Toptal decides membership through a screening",
      );
      expect(line?.text).toContain(
        "https://www.foxnews.com/us/this-4-part-process-helps-one-firm-vet-top-talent",
      );
    },
  },
  {
    point: "/eligibility marketplace:toptal refuses with the reason, not an error",
    line: "/eligibility marketplace:toptal",
    check: (line) => {
      expect(line?.kind).toBe("message");
      expect(tierOf(line, "network.")).toMatchObject({ status: "not_computable", reason: "screening" });
      expect(line?.text).toContain("gigdesk cannot compute this from your figures");
    },
  },
  {
    point: "the text syntax refuses an option the marketplace does not use, naming those it does",
    line: "/eligibility marketplace:malt jss:95 points:8000",
    check: (line) => {
      expect(line?.kind).toBe("problem");
      expect(line?.text).toContain("jss is not used for Malt");
      expect(line?.text).toContain("Malt's options: marketplace, rating, ratings_count, points, ruleset.");
    },
  },
  {
    point: "a moderator sets the community's marketplace",
    line: "/settings marketplace:fiverr",
    check: (line) => expect(line?.data).toMatchObject({ changed: ["marketplace"] }),
  },
  {
    point: "/status then answers for Fiverr without being told",
    line: "/status",
    check: (line) =>
      expect(line?.data).toMatchObject({ marketplace: "fiverr", ruleset: "fiverr-2024-levels" }),
  },
];

describe("issue 19 in the console process", () => {
  it("answers every point as the tests through runCommand do", { timeout: 90_000 }, async () => {
    const result = await runBot(`${cases.map((entry) => entry.line).join("\n")}\n`, [
      "--json",
      "--moderator",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.lines as unknown as Line[];
    expect(lines).toHaveLength(cases.length);
    for (const [index, entry] of cases.entries()) {
      const line = lines[index];
      expect(line?.input, entry.point).toBe(entry.line);
      entry.check(line);
    }
  });
});
