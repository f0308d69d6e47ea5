import type { RulesetInput } from "../ruleset-schema.js";
import { freelancerSources as cite } from "./sources.js";

/**
 * Freelancer.com's Preferred Freelancer Program: curated entry by application or invitation,
 * with two official versions of its minimums (neither dated) and a service level agreement for
 * staying in. Freelancer.com's own eligibility checker measures the minimums in the member's top
 * skill, so gigdesk explains them rather than compute them.
 */

export const rulesetFreelancerPreferred = {
  id: "freelancer-preferred",
  marketplaceId: "freelancer",
  title: "Freelancer.com's Preferred Freelancer Program",
  effectiveFrom: null,
  effectiveNote:
    "Undated: both versions of the entry requirements are undated community articles; the newer one (top 3% in a skill, 90-day activity, Basic membership) is taken as current.",
  statuses: {
    preferred_freelancer: {
      name: "Preferred Freelancer",
      summary:
        "A curated programme, by application or invitation: a badge, exclusive access to Recruiter projects, sealed bids and priority support.",
      awarded: "application",
      lossAndRegain: {
        text: "The programme is invite-only and Freelancer.com can remove a member at any time. Members must keep project acceptance and completion rates of at least 85%, a dispute rate under 10% with at most 2 serious disputes in 6 months, and all communication and payment on the site: moving them off it means expulsion. Freelancer.com suggests applying again after more than three further projects in a skill.",
        sources: [cite.serviceLevelAgreement, cite.faqPreferred],
      },
      criteria: [],
      notComputable: {
        reason: "curated",
        explanation:
          "Entry is curated, so meeting the published minimums does not get you in; Freelancer.com's own eligibility checker measures them in your top skill (a ranking it computes from your reviews), which gigdesk cannot see.",
        published: [
          {
            id: "preferred_freelancer.minimums_newer",
            text: "Newer version: top 3% overall in at least one skill (shown on your Insights page); a proposal, an accepted invitation or earnings in the last 90 days; Basic membership or above; KYC and email verification; a professional photo or logo, a well-written description and at least 6 portfolio items; no duplicate accounts and no recent or active warnings or penalties.",
            sources: [cite.articleNewer],
          },
          {
            id: "preferred_freelancer.minimums_older",
            text: "Older version: 3 projects completed with 5 stars in your top skill in the last 3 months, an overall rating of 4.8 or more, a completion rate of 75% or more, a repeat-hire rate of 10% or more, Plus membership or above, KYC, payment-method and email verification, and no major violation in the past year.",
            sources: [cite.articleOlder],
          },
          {
            id: "preferred_freelancer.top_skill",
            text: "The eligibility checker measures your statistics in your top skill; top skills are computed from your reviews and cannot be edited, and without a completed project in the last 12 months you are not eligible.",
            sources: [cite.faqPreferred],
          },
          {
            id: "preferred_freelancer.verification",
            text: "KYC verification asks for proof of identity and address; the separate Freelancer Verified badge (since 2020) adds a video interview after KYC.",
            sources: [cite.articleVerification],
          },
        ],
      },
    },
  },
} satisfies RulesetInput;
