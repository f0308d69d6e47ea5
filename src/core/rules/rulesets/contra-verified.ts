import type { RulesetInput } from "../ruleset-schema.js";
import { contraSources as cite } from "./sources.js";

/**
 * Contra has no level system. Its FAQ asks what being verified means, but the stored copy did
 * not hold the answer, so the one status is explained as unpublished.
 */

export const rulesetContraVerified = {
  id: "contra-verified",
  marketplaceId: "contra",
  title: "Contra: no levels, a verified status",
  effectiveFrom: null,
  effectiveNote: "Undated: Contra's FAQ carries no date.",
  statuses: {
    verified: {
      name: "Verified",
      summary: "Contra has no level system; the one status its FAQ names is being verified.",
      awarded: "unpublished",
      lossAndRegain: {
        text: "gigdesk's sources do not say how the verified status is given, lost or regained.",
        sources: [cite.faqIndependent],
      },
      criteria: [],
      notComputable: {
        reason: "unpublished_criteria",
        explanation:
          "Contra's FAQ asks what being verified means, but the answer was not in the copy gigdesk's research saw, so there is nothing to check your figures against.",
        published: [
          {
            id: "verified.exists",
            text: "A verified status exists: Contra's FAQ for independents asks what it means to be verified.",
            sources: [cite.faqIndependent],
          },
          {
            id: "verified.no_levels",
            text: "There are no levels to climb; Contra stresses instead that freelancers pay no commission (more than 1.2 million creatives have earned over $200 million commission-free since 2021, it said in February 2026).",
            sources: [cite.blogPayments, cite.faqIndependent],
          },
        ],
      },
    },
  },
} satisfies RulesetInput;
