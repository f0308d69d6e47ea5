import type { RulesetInput } from "../ruleset-schema.js";
import { fiverrSources as cite } from "./sources.js";

/**
 * Fiverr's levels as evaluated once a month, from 15 January 2018 until the February 2024 level
 * system replaced them. Kept so that gigdesk can say what changed; nobody is evaluated against
 * them any more, and their 60-day standards are gone, so every status here is explained, not
 * computed. Almost everything below is what sellers quoted from their analytics page at the
 * time (hearsay); only the monthly evaluation itself comes from Fiverr.
 */

const retired = (extra = "") => ({
  reason: "retired_system" as const,
  explanation: `Fiverr stopped evaluating sellers against these levels in February 2024, so gigdesk explains them and checks figures only against the levels Fiverr awards today: the 60-day standards (order completion, on-time delivery) and the time-on-Fiverr rules no longer exist.${extra}`,
});

const monthlyLoss = {
  text: "On evaluation day a seller who missed a standard of her level dropped one level, whatever her figures had been earlier in the month; a single Terms of Service warning could cost a level at the next evaluation, and three could close the account. Having no sales did not by itself cost a level: with no new orders the 60-day figures stayed as they were. Meeting the bars again brought the level back at a later evaluation.",
  sources: [
    cite.hearsayEvaluationDay,
    cite.hearsayWarnings,
    cite.hearsayOutOfOffice,
    cite.blogMonthlyEvaluation,
  ],
};

export const rulesetFiverr2018Monthly = {
  id: "fiverr-2018-monthly",
  marketplaceId: "fiverr",
  title: "Fiverr's seller levels with monthly evaluation (2018 to February 2024)",
  effectiveFrom: "2018-01-15",
  effectiveNote:
    "Fiverr announced in November 2017 that from 15 January 2018 sellers would be evaluated once a month, on the 15th. Before that, sellers say, levels came automatically as soon as the bars were met. The February 2024 level system replaced this one.",
  absentStatusesNote:
    "Fiverr Pro is a separately vetted badge, outside the level system this ruleset explains",
  statuses: {
    new: {
      name: "New Seller",
      summary: "The starting level, renamed New in 2024.",
      awarded: "automatic",
      lossAndRegain: {
        text: "A New Seller had no level below to drop to.",
        sources: [cite.hearsayEvaluations],
      },
      criteria: [],
      notComputable: {
        ...retired(),
        published: [
          {
            id: "new.starting_level",
            text: "Every seller started as a New Seller, and a New Seller could not be demoted.",
            sources: [cite.hearsayEvaluations, cite.hearsayEvaluationDay],
          },
        ],
      },
    },
    level_1: {
      name: "Level 1",
      summary: "The first earned level: two months on Fiverr, ten orders, $400 and four 60-day standards.",
      awarded: "automatic",
      lossAndRegain: monthlyLoss,
      criteria: [],
      notComputable: {
        ...retired(),
        published: [
          {
            id: "level_1.time_on_fiverr",
            text: "At least 60 days as an active seller.",
            sources: [cite.hearsayLevelOne2020, cite.hearsayLevelOneOctober2020],
          },
          {
            id: "level_1.orders_and_earnings",
            text: "At least 10 completed orders and $400 earned, counted over all time.",
            sources: [cite.hearsayLevelOne2020, cite.hearsayLevelOneOctober2020],
          },
          {
            id: "level_1.rating",
            text: "An average rating of 4.7 over the last 60 days. Threads from 2018 and 2019 quote 4.8; when it changed is not known.",
            sources: [cite.hearsayLevelOne2020, cite.hearsayLevelOneOctober2020],
          },
          {
            id: "level_1.standards",
            text: "A response rate, an order completion rate and an on-time delivery rate of 90% each over 60 days, and no warning in the last 30 days.",
            sources: [cite.hearsayLevelOne2020, cite.hearsayLevelOneOctober2020],
          },
          {
            id: "level_1.monthly_evaluation",
            text: "From 15 January 2018 promotions and demotions happened only on evaluation day, the 15th of each month, and the figures of that day decided.",
            sources: [cite.blogMonthlyEvaluation, cite.hearsayEvaluationDay],
          },
        ],
      },
    },
    level_2: {
      name: "Level 2",
      summary: "Four months at Level 1, fifty orders, $2,000 and the same 60-day standards.",
      awarded: "automatic",
      lossAndRegain: monthlyLoss,
      criteria: [],
      notComputable: {
        ...retired(),
        published: [
          {
            id: "level_2.time_at_level",
            text: "At least 120 days as a Level 1 seller.",
            sources: [cite.hearsayLevelTwo2018],
          },
          {
            id: "level_2.orders_and_earnings",
            text: "At least 50 completed orders and $2,000 earned, counted over all time.",
            sources: [cite.hearsayLevelTwo2018],
          },
          {
            id: "level_2.standards",
            text: "The same four 60-day standards as Level 1 and no warning in 30 days; a Level 2 seller who missed one on evaluation day went back to Level 1.",
            sources: [cite.hearsayLevelTwo2018, cite.hearsayEvaluationDay],
          },
          {
            id: "level_2.earnings_grandfathering",
            text: "When the earnings bars arrived in 2018, sellers already at a level were not supposed to lose it for missing them, only for missing the standards; some reported losing it anyway.",
            sources: [cite.hearsayGrandfathering],
          },
        ],
      },
    },
    top_rated: {
      name: "Top Rated Seller",
      summary: "Chosen by Fiverr's staff from Level 2 sellers; renamed Top Rated in 2024.",
      awarded: "review",
      lossAndRegain: {
        text: "Sellers report that Fiverr reviewed Top Rated candidates and told those it passed over that they stayed at Level 2, to be looked at again in later monthly evaluations.",
        sources: [cite.hearsayTopRatedReview],
      },
      criteria: [],
      notComputable: {
        ...retired(" Top Rated Seller was a pick by Fiverr's staff in any case, with no published figures."),
        published: [
          {
            id: "top_rated.editorial_pick",
            text: "Fiverr's staff picked Top Rated Sellers by hand, weighing a very high rating, customer care, sales volume, time on Fiverr and community leadership.",
            sources: [cite.hearsayTopRatedCriteria, cite.hearsayTopRatedReview],
          },
          {
            id: "top_rated.what_changed",
            text: "Since February 2024 Top Rated has published thresholds that make a Level 2 freelancer a candidate, and the review follows; order completion and on-time delivery are no longer level criteria.",
            sources: [cite.guideLevelsApril2024],
          },
        ],
      },
    },
  },
} satisfies RulesetInput;
