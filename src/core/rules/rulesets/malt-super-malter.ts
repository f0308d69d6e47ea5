import type { RulesetInput, StatusRulesInput } from "../ruleset-schema.js";
import { maltSources as cite } from "./sources.js";

/**
 * Malt's Super Malter levels, from Malt's help centre: points over a rolling 12 months plus an
 * average rating of 4.5 from at least one client. Malt publishes the bars but not how points are
 * earned per profession, and its pages carry no absolute date, so the ruleset is undated.
 */

const loss = {
  text: "The points are counted over a rolling 12 months, so a level rests on the last year's work; the badge can also be removed for breaching Malt's conduct charter. How points are earned (a complete profile, recommendations, completed projects, at rates that differ by profession) is described but the formula is not published, and gigdesk's sources do not say how soon a level changes after the figures drop.",
  sources: [cite.helpLevels, cite.helpMaintain, cite.helpPreviousProgramme],
};

const level = (id: string, name: string, points: number, summary: string): StatusRulesInput => ({
  name,
  summary,
  awarded: "automatic",
  lossAndRegain: loss,
  criteria: [
    {
      id: `${id}.points`,
      measure: "points_12m",
      threshold: { kind: "number", comparison: "gte", value: points, unit: "points" },
      whenMissing: "unknown",
      description: `At least ${points.toLocaleString("en-US")} points earned over the last 12 months.`,
      inPractice:
        "Read the figure from your Statistics page on Malt; gigdesk cannot work it out from your projects because Malt does not publish the formula.",
      sources: [cite.helpLevels, cite.helpMaintain],
    },
    {
      id: `${id}.rating`,
      measure: "rating_stars",
      threshold: { kind: "number", comparison: "gte", value: 4.5, unit: "stars" },
      whenMissing: "unknown",
      description: "An average client rating of 4.5 out of 5 or more.",
      inPractice: "The same bar for every Super Malter level.",
      sources: [cite.helpLevels],
    },
    {
      id: `${id}.ratings_count`,
      measure: "ratings_count",
      threshold: { kind: "number", comparison: "gte", value: 1, unit: "ratings" },
      whenMissing: "unknown",
      description: "At least one client rating.",
      inPractice: "Points alone are not enough: a first client has to have rated you.",
      sources: [cite.helpLevels],
    },
  ],
});

export const rulesetMaltSuperMalter = {
  id: "malt-super-malter",
  marketplaceId: "malt",
  title: "Malt's Super Malter levels (the points programme)",
  effectiveFrom: null,
  effectiveNote:
    "Malt's help pages give no date for the points programme; it replaced an older one built on fixed turnover targets, whose Star Malter and Super Malter badges have no formal equivalent in it.",
  statuses: {
    super_malter_1: level(
      "super_malter_1",
      "Super Malter 1",
      7500,
      "The first Super Malter level: 7,500 points in 12 months and a 4.5 rating.",
    ),
    super_malter_2: level(
      "super_malter_2",
      "Super Malter 2",
      15000,
      "The middle level: twice the points of level 1, the same rating bar.",
    ),
    super_malter_3: level(
      "super_malter_3",
      "Super Malter 3",
      30000,
      "The top level: 30,000 points in 12 months and a 4.5 rating.",
    ),
  },
} satisfies RulesetInput;
