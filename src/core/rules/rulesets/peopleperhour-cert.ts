import type { RulesetInput } from "../ruleset-schema.js";
import { peopleperhourSources as cite } from "./sources.js";

/**
 * PeoplePerHour's CERT ranking: levels 1 to 5 plus Top CERT, from a quality score whose
 * thresholds PeoplePerHour does not publish. The history comes from its own blog (about
 * 2013-2015).
 */

export const rulesetPeoplePerHourCert = {
  id: "peopleperhour-cert",
  marketplaceId: "peopleperhour",
  title: "PeoplePerHour's CERT ranking",
  effectiveFrom: null,
  effectiveNote:
    "Undated: the current guide and support article carry no date; the blog posts that introduced CERT date from about 2013 to 2015.",
  statuses: {
    cert: {
      name: "CERT level",
      summary:
        "CERT (Community, Engagement, Repeat usage, Trust) is PeoplePerHour's quality ranking, shown on profiles as levels 1 to 5 and Top CERT.",
      awarded: "ranking",
      lossAndRegain: {
        text: "When CERT launched, recent earnings and feedback weighed most and the score decayed once billing stopped; a later post proposed counting only the last 6 months. The window used today is not published.",
        sources: [cite.blogIntroducingCert, cite.blogUpcomingChanges],
      },
      criteria: [],
      notComputable: {
        reason: "opaque_ranking",
        explanation:
          "PeoplePerHour publishes the factors behind CERT but no thresholds and no formula, so no figure of yours can place you on a level.",
        published: [
          {
            id: "cert.levels",
            text: "Everyone starts at level 1; earning through the site lifts you to levels 2 and 3; high quality scores give levels 4 and 5; Top CERT goes to roughly the top 0.5%, about 200 freelancers.",
            sources: [cite.guideCert, cite.supportCert],
          },
          {
            id: "cert.factors",
            text: "The factors are skills, quality of work, jobs completed, professionalism, response time, reliability and track record. PeoplePerHour advises replying within one working day, delivering on time, keeping cancellations and refunds low, winning repeat buyers, and collecting endorsements and verified links.",
            sources: [cite.guideCert, cite.supportCert],
          },
          {
            id: "cert.no_thresholds",
            text: "No numeric threshold is published for any level.",
            sources: [cite.guideCert, cite.supportCert],
          },
        ],
      },
    },
  },
} satisfies RulesetInput;
