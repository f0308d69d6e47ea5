import type { RulesetInput } from "../ruleset-schema.js";
import { ruleset2016TopRated } from "./2016-top-rated.js";
import { ruleset2024Current } from "./2024-current.js";

/** Every ruleset version gigdesk knows, unvalidated; loadRulesets() checks them. Add new versions here. */
export const rawRulesets: readonly RulesetInput[] = [ruleset2024Current, ruleset2016TopRated];
