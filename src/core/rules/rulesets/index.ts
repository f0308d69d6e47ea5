import type { RulesetInput } from "../ruleset-schema.js";
import { ruleset2016TopRated } from "./2016-top-rated.js";
import { ruleset2024Current } from "./2024-current.js";
import { rulesetContraVerified } from "./contra-verified.js";
import { rulesetFiverr2018Monthly } from "./fiverr-2018-monthly.js";
import { rulesetFiverr2024Levels } from "./fiverr-2024-levels.js";
import { rulesetFreelancerPreferred } from "./freelancer-preferred.js";
import { rulesetGuruRanking } from "./guru-ranking.js";
import { rulesetMaltSuperMalter } from "./malt-super-malter.js";
import { rulesetPeoplePerHourCert } from "./peopleperhour-cert.js";
import { rulesetToptalNetwork } from "./toptal-network.js";

/**
 * Every ruleset version gigdesk knows, unvalidated; loadRulesets() checks them. Add new versions
 * here. Upwork's come first: it is the default marketplace.
 */
export const rawRulesets: readonly RulesetInput[] = [
  ruleset2024Current,
  ruleset2016TopRated,
  rulesetFiverr2024Levels,
  rulesetFiverr2018Monthly,
  rulesetMaltSuperMalter,
  rulesetFreelancerPreferred,
  rulesetPeoplePerHourCert,
  rulesetToptalNetwork,
  rulesetGuruRanking,
  rulesetContraVerified,
];
