import type { CriterionInput, RulesetInput, Unit } from "../ruleset-schema.js";
import { fiverrSources as cite } from "./sources.js";

/**
 * Fiverr's freelancer level system as launched in February 2024: New, Level 1, Level 2 and Top
 * Rated, measured on six metrics, with Top Rated granted by a review. Fiverr's own pages publish
 * the Top Rated bars; the Level 1 and Level 2 bars come from a staff post and one seller, and the
 * success score and response rate bars below Top Rated are published nowhere (they stay
 * unpublished here, never filled with the figures third-party guides quote). Fiverr Pro is a
 * separate, hand-vetted badge with no published criteria.
 */

const notFlagged = (level: string): CriterionInput => ({
  id: `${level}.not_flagged`,
  measure: "account_hold",
  threshold: { kind: "flag", expected: false },
  whenMissing: "assumed",
  description: "Your account is not flagged or restricted for a Terms of Service reason.",
  inPractice:
    "Fiverr says performance sets the level but behaviour decides whether you are in the level system at all: a flagged or restricted account shows no level.",
  condition: "your account is not flagged or restricted",
  sources: [cite.staffLaunchThread],
});

const unpublished = (
  level: string,
  name: string,
  measure: "success_score" | "response_rate_percent" | "orders_total",
): CriterionInput => {
  const measured: Record<typeof measure, { id: string; unit: Unit; text: string }> = {
    success_score: { id: "success_score", unit: "score", text: "Success score" },
    response_rate_percent: { id: "response_rate", unit: "percent", text: "response rate" },
    orders_total: { id: "orders", unit: "orders", text: "number of completed orders" },
  };
  const what = measured[measure];
  return {
    id: `${level}.${what.id}`,
    measure,
    threshold: { kind: "unpublished", unit: what.unit },
    whenMissing: "unknown",
    description: `Fiverr counts your ${what.text} toward ${name} but publishes no bar for it.`,
    inPractice:
      "Third-party guides quote figures that no Fiverr source confirms, so gigdesk leaves the bar open: only your level overview page tells you where you stand.",
    sources: [cite.helpLevelSystem, cite.helpSellerDashboard],
  };
};

const gradePeriodLoss = {
  text: "Fiverr looks at the metrics continuously (daily, according to secondary sources from 2024; no Fiverr page gigdesk has seen says so). Falling under your level's bars starts a grace period to recover, whose length Fiverr does not publish; if you do not recover in time, the level drops. A flag or restriction for a Terms of Service reason takes you out of the level system altogether. The level comes back once the bars are met again.",
  sources: [cite.guideLevelsApril2024, cite.hearsayLevelOne, cite.staffLaunchThread],
};

export const rulesetFiverr2024Levels = {
  id: "fiverr-2024-levels",
  marketplaceId: "fiverr",
  title: "Fiverr's freelancer levels (February 2024 onwards)",
  effectiveFrom: "2024-02-14",
  effectiveNote:
    "Fiverr launched this level system on 14 February 2024 (announced in a product video on 30 January); during a 30-day transition clients still saw the old levels, until 14 March 2024. It replaced the monthly evaluation of 2018-2024 and dropped order completion, on-time delivery and time on the platform as level criteria.",
  statuses: {
    new: {
      name: "New",
      summary: "Where every freelancer starts (Fiverr renamed New Seller to New in 2024).",
      awarded: "automatic",
      lossAndRegain: {
        text: "New is the starting level: there is nothing below it to drop to, but a flagged or restricted account is outside the level system and shows no level at all.",
        sources: [cite.staffLaunchThread, cite.designerPortfolio],
      },
      criteria: [notFlagged("new")],
    },
    level_1: {
      name: "Level 1",
      summary:
        "The first level earned by figures: a few orders from several clients, a good rating and a first few hundred dollars.",
      awarded: "automatic",
      lossAndRegain: gradePeriodLoss,
      criteria: [
        unpublished("level_1", "Level 1", "success_score"),
        {
          id: "level_1.rating",
          measure: "rating_stars",
          threshold: { kind: "number", comparison: "gte", value: 4.4, unit: "stars" },
          whenMissing: "unknown",
          description: "An average rating of 4.4 stars or more.",
          inPractice:
            "The rating is the one on your profile; since 2024 it counts reviews from the two years before your latest one.",
          sources: [cite.staffSellerLevels],
        },
        unpublished("level_1", "Level 1", "response_rate_percent"),
        {
          id: "level_1.orders",
          measure: "orders_total",
          threshold: { kind: "number", comparison: "gte", value: 5, unit: "orders" },
          whenMissing: "unknown",
          description: "At least 5 completed orders, counted over all time.",
          inPractice: "Only completed orders count.",
          sources: [cite.hearsayLevelOne],
        },
        {
          id: "level_1.unique_clients",
          measure: "unique_clients_total",
          threshold: { kind: "number", comparison: "gte", value: 3, unit: "clients" },
          whenMissing: "unknown",
          description: "Orders from at least 3 different clients.",
          inPractice:
            "A client who orders many times still counts once, so a freelancer who works for one client only stays at New.",
          sources: [cite.staffSellerLevels, cite.hearsayLevelOne],
        },
        {
          id: "level_1.earnings",
          measure: "earnings_total_usd",
          threshold: { kind: "number", comparison: "gte", value: 400, unit: "usd" },
          whenMissing: "unknown",
          description: "At least $400 earned on Fiverr, counted over all time.",
          inPractice: "A lifetime total: it does not fall when a quiet month passes.",
          sources: [cite.staffSellerLevels],
        },
        notFlagged("level_1"),
      ],
    },
    level_2: {
      name: "Level 2",
      summary: "The established level: at least ten clients, $2,000 earned and a 4.6 rating.",
      awarded: "automatic",
      lossAndRegain: gradePeriodLoss,
      criteria: [
        unpublished("level_2", "Level 2", "success_score"),
        {
          id: "level_2.rating",
          measure: "rating_stars",
          threshold: { kind: "number", comparison: "gte", value: 4.6, unit: "stars" },
          whenMissing: "unknown",
          description: "An average rating of 4.6 stars or more.",
          inPractice: "The same profile rating as for Level 1, with a higher bar.",
          sources: [cite.staffSellerLevels],
        },
        unpublished("level_2", "Level 2", "response_rate_percent"),
        unpublished("level_2", "Level 2", "orders_total"),
        {
          id: "level_2.unique_clients",
          measure: "unique_clients_total",
          threshold: { kind: "number", comparison: "gte", value: 10, unit: "clients" },
          whenMissing: "unknown",
          description: "Orders from at least 10 different clients.",
          inPractice: "Repeat orders from the same client do not add to this count.",
          sources: [cite.staffSellerLevels],
        },
        {
          id: "level_2.earnings",
          measure: "earnings_total_usd",
          threshold: { kind: "number", comparison: "gte", value: 2000, unit: "usd" },
          whenMissing: "unknown",
          description: "At least $2,000 earned on Fiverr, counted over all time.",
          inPractice: "A lifetime total, like Level 1's.",
          sources: [cite.staffSellerLevels],
        },
        notFlagged("level_2"),
      ],
    },
    top_rated: {
      name: "Top Rated",
      summary:
        "Fiverr's top level. Meeting its published thresholds makes you a candidate; Fiverr's evaluation team then reviews you and decides.",
      awarded: "review",
      lossAndRegain: {
        text: "A candidate who is turned down stays at Level 2 and can be reviewed again after 6 months if the metrics still qualify. Fiverr says its premium statuses can be withdrawn at its discretion; whether Top Rated is also withdrawn by review while the figures still hold is not published.",
        sources: [cite.helpTopRatedNewer, cite.helpTopRatedOlder, cite.proGuidelines],
      },
      criteria: [
        {
          id: "top_rated.level_2",
          measure: "current_level",
          threshold: { kind: "level", levels: ["level_2", "top_rated"] },
          whenMissing: "unknown",
          description: "You are Level 2 now.",
          inPractice: "Candidates come from Level 2; the review cannot skip a level.",
          sources: [cite.helpTopRatedNewer, cite.helpTopRatedOlder],
        },
        {
          id: "top_rated.success_score",
          measure: "success_score",
          threshold: { kind: "number", comparison: "gte", value: 9, unit: "score" },
          whenMissing: "unknown",
          description: "A Success score of 9 or more.",
          inPractice:
            "Only you see the score; Fiverr scores each Gig against other freelancers' and weights Gigs with more orders more.",
          sources: [cite.helpTopRatedNewer, cite.helpTopRatedOlder, cite.helpSuccessScore],
        },
        {
          id: "top_rated.rating",
          measure: "rating_stars",
          threshold: { kind: "number", comparison: "gte", value: 4.7, unit: "stars" },
          whenMissing: "unknown",
          description: "An average rating of 4.7 stars or more.",
          inPractice: "The public rating on your profile, over the two years before your latest review.",
          sources: [cite.helpTopRatedNewer, cite.helpTopRatedOlder, cite.staffSellerLevels],
        },
        {
          id: "top_rated.response_rate",
          measure: "response_rate_percent",
          threshold: { kind: "number", comparison: "gte", value: 90, unit: "percent" },
          whenMissing: "unknown",
          description: "A response rate of 90% or more: new messages answered within 24 hours, over 90 days.",
          inPractice:
            "The rate counts new messages answered within 24 hours, so answer new enquiries within a day.",
          sources: [cite.helpTopRatedNewer, cite.helpTopRatedOlder, cite.helpSellerDashboard],
        },
        {
          id: "top_rated.orders",
          measure: "orders_total",
          threshold: { kind: "number", comparison: "gte", value: 40, unit: "orders" },
          whenMissing: "unknown",
          description: "At least 40 completed orders, counted over all time.",
          inPractice: "A lifetime count, so it only grows.",
          sources: [cite.helpTopRatedNewer, cite.helpTopRatedOlder],
        },
        {
          id: "top_rated.unique_clients",
          measure: "unique_clients_total",
          threshold: { kind: "number", comparison: "gte", value: 20, unit: "clients" },
          whenMissing: "unknown",
          description: "Orders from at least 20 different clients.",
          inPractice: "Forty orders from three clients would not be enough under this row.",
          sources: [cite.helpTopRatedOlder, cite.staffSellerLevels],
          disagreement:
            "Two copies of Fiverr's Top Rated article exist: the older one and a staff post list 20 unique clients, the newer one has no such row. gigdesk checks the row, since two sources give it, and shows this note whenever it is not met: under the newer copy it would not count.",
        },
        {
          id: "top_rated.earnings",
          measure: "earnings_total_usd",
          threshold: { kind: "number", comparison: "gte", value: 10000, unit: "usd" },
          whenMissing: "unknown",
          description: "At least $10,000 earned on Fiverr, counted over all time.",
          inPractice: "A lifetime total, like the lower levels' earnings.",
          sources: [cite.helpTopRatedOlder, cite.staffSellerLevels],
          disagreement:
            "The older copy of Fiverr's Top Rated article lists $10,000 and a staff post says over $10,000; the newer copy has no earnings row at all. gigdesk checks at least $10,000, as the older Fiverr copy says, and shows this note whenever it is not met: under the newer copy it would not count.",
        },
        notFlagged("top_rated"),
        {
          id: "top_rated.manual_review",
          measure: "manual_review",
          threshold: { kind: "review", retryAfterMonths: 6 },
          whenMissing: "unknown",
          description:
            "Fiverr's evaluation team reviews each candidate as a whole against four pillars (professional skills is the first) and currently gives priority to categories in high demand; some categories also ask for prerequisites or skill tests first.",
          inPractice: "The figures open the review; the team's decision arrives by email.",
          sources: [cite.helpTopRatedNewer, cite.helpTopRatedOlder],
        },
      ],
    },
    fiverr_pro: {
      name: "Fiverr Pro",
      summary:
        "A separate badge (a blue check) for freelancers Fiverr vets by hand; not part of the level ladder.",
      awarded: "application",
      lossAndRegain: {
        text: "Fiverr can put a Pro freelancer on probation or take the badge away at its own discretion when its standards slip. Its pages that gigdesk has seen say nothing about getting it back.",
        sources: [cite.proGuidelines],
      },
      criteria: [],
      notComputable: {
        reason: "unpublished_criteria",
        explanation:
          "Fiverr vets Pro freelancers by hand and publishes no application criteria, so no figure of yours can show whether you would be accepted.",
        published: [
          {
            id: "fiverr_pro.hand_vetted",
            text: "Pro freelancers are vetted by hand and marked with a blue check. The programme adds a Pro catalogue, up to five testimonials from clients outside Fiverr, onboarding, a Pro community, and protection when a Pro client cancels within 14 days.",
            sources: [cite.proHowItWorks],
          },
          {
            id: "fiverr_pro.standards",
            text: "Fiverr can put a Pro freelancer on probation or demote them at its discretion for falling short on communication and client satisfaction, its terms and community standards, responsiveness, on-time delivery, completion rate or ratings. It gives no number for any of them.",
            sources: [cite.proGuidelines],
          },
          {
            id: "fiverr_pro.separate_badge",
            text: "Pro sits outside the level system: Fiverr's 2024 levels end at Top Rated, and Pro is vetted separately.",
            sources: [cite.designerPortfolio, cite.proHowItWorks],
          },
        ],
      },
    },
  },
} satisfies RulesetInput;
