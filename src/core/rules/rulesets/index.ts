import type { RulesetInput } from "../ruleset-schema.js";
import ruleset2016TopRated from "./2016-top-rated.json" with { type: "json" };
import ruleset2024Current from "./2024-current.json" with { type: "json" };
import rulesetContraVerified from "./contra-verified.json" with { type: "json" };
import rulesetFiverr2018Monthly from "./fiverr-2018-monthly.json" with { type: "json" };
import rulesetFiverr2024Levels from "./fiverr-2024-levels.json" with { type: "json" };
import rulesetFreelancerPreferred from "./freelancer-preferred.json" with { type: "json" };
import rulesetGuruRanking from "./guru-ranking.json" with { type: "json" };
import rulesetMaltSuperMalter from "./malt-super-malter.json" with { type: "json" };
import rulesetPeoplePerHourCert from "./peopleperhour-cert.json" with { type: "json" };
import { resolveSourceIds } from "./resolve-source-ids.js";
import sources from "./sources.json" with { type: "json" };
import rulesetToptalNetwork from "./toptal-network.json" with { type: "json" };

/**
 * The ruleset data files as written, before their source ids are resolved. Add new versions here
 * (see README.md beside them). Upwork's come first: it is the default marketplace.
 */
export const rulesetFiles = [
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
] as const;

/** Every source the data files may cite, by marketplace and id. */
export const sourceTables = sources;

/**
 * Every ruleset version gigdesk knows, its source ids resolved but otherwise unvalidated;
 * loadRulesets() checks them against rulesetSchema, so the type here is a promise it keeps.
 */
export const rawRulesets: readonly RulesetInput[] = rulesetFiles.map(
  (file) => resolveSourceIds(file, sourceTables) as RulesetInput,
);
