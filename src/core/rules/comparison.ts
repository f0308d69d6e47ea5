import type { Comparison } from "./ruleset-schema.js";

/** Whether `have` satisfies a threshold's comparison with `need`; every calculator compares through this. */
export function passes(have: number, comparison: Comparison, need: number): boolean {
  switch (comparison) {
    case "gte":
      return have >= need;
    case "gt":
      return have > need;
    case "lte":
      return have <= need;
    case "lt":
      return have < need;
  }
}
