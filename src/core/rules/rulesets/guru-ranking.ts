import type { RulesetInput } from "../ruleset-schema.js";
import { guruSources as cite } from "./sources.js";

/**
 * Guru has no levels: it dropped its Freelancer Rank and orders search results by earnings. What
 * it does publish is how the feedback score shown on profiles is worked out.
 */

export const rulesetGuruRanking = {
  id: "guru-ranking",
  marketplaceId: "guru",
  title: "Guru: no levels, a ranking by earnings",
  effectiveFrom: null,
  effectiveNote:
    "Undated: Guru's help pages carry no date, and the end of its Freelancer Rank is dated only as a 8 May of an unstated year (probably about 2014-15).",
  statuses: {
    ranking: {
      name: "Search ranking",
      summary:
        "Guru has no status levels to qualify for; freelancers are ordered by earnings, and profiles show a feedback score.",
      awarded: "ranking",
      lossAndRegain: {
        text: "There is no level to lose. The feedback score moves with the last 12 months of invoices.",
        sources: [cite.helpFeedback],
      },
      criteria: [],
      notComputable: {
        reason: "opaque_ranking",
        explanation:
          "Guru dropped its Freelancer Rank and sorts freelancers by earnings in a way it does not spell out, so there is no status for gigdesk to check your figures against.",
        published: [
          {
            id: "ranking.freelancer_rank_dropped",
            text: "Guru phased out its old Freelancer Rank and now sorts freelancers by earnings.",
            sources: [cite.blogRankDiscontinued],
          },
          {
            id: "ranking.feedback_score",
            text: "Each paid invoice is rated satisfied or not satisfied, and an invoice left unrated for 60 days counts as satisfied. The score is the average of the last 12 months weighted by invoice value, shown as a percentage: negative feedback on $500 of $10,000 earned gives 95%.",
            sources: [cite.helpFeedback, cite.blogFeedback],
          },
          {
            id: "ranking.incentives",
            text: "Once your all-time earnings with one employer pass $25,000 you earn a performance incentive on that employer's payments, and employers you invite earn you a referral incentive for 8 quarters.",
            sources: [cite.helpIncentives],
          },
        ],
      },
    },
  },
} satisfies RulesetInput;
