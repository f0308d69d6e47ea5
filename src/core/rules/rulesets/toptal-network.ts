import type { RulesetInput } from "../ruleset-schema.js";
import { toptalSources as cite } from "./sources.js";

/**
 * Toptal has one status, membership of its network, decided by a screening. The figures come
 * from the founders quoted in a 2016 news article and from engineers' own accounts; Toptal's own
 * "top 3%" page was not among gigdesk's sources.
 */

export const rulesetToptalNetwork = {
  id: "toptal-network",
  marketplaceId: "toptal",
  title: "Toptal's network membership",
  effectiveFrom: null,
  effectiveNote:
    "Undated: the screening is described by a 2016 article quoting Toptal's founders and by engineers' accounts from about 2017 to 2022.",
  statuses: {
    network: {
      name: "Toptal network member",
      summary:
        "Membership is all there is: a freelancer is in Toptal's network or not, with no public levels or badges beyond it.",
      awarded: "screening",
      lossAndRegain: {
        text: "gigdesk's sources describe how freelancers get in, not how membership ends or is regained.",
        sources: [cite.newsFunnel2016],
      },
      criteria: [],
      notComputable: {
        reason: "screening",
        explanation:
          "Toptal decides membership through a screening of language and soft skills, timed tests, live exercises and a test project; no figure of yours predicts how you would do in it.",
        published: [
          {
            id: "network.binary",
            text: "There are no levels inside the network: you are a member or you are not.",
            sources: [cite.newsFunnel2016, cite.engineerAccount],
          },
          {
            id: "network.screening_stages",
            text: "The screening has four stages. Of all applicants, about 26.4% pass the soft-skills and English screening, 7.4% the timed algorithm test (three problems in 90 minutes), 3.6% the live screen-shared exercises, and about 3% the test project of 30 hours or more.",
            sources: [cite.newsFunnel2016, cite.engineerAccount, cite.engineerGuide],
          },
        ],
      },
    },
  },
} satisfies RulesetInput;
