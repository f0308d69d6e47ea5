/**
 * A ruleset file does not match the schema. Thrown at start-up (a programming or data error, not
 * a user error); the message names the ruleset and every bad field path so it can be printed as is.
 */
export class RulesetError extends Error {
  override name = "RulesetError";
  readonly problems: readonly string[];

  constructor(message: string, problems: readonly string[]) {
    super(message);
    this.problems = problems;
  }
}
