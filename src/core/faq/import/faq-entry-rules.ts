import { z } from "zod";

/**
 * The shape rules every FAQ entry follows, whether it comes from a chat command, an approved
 * suggestion or an import file. Limits follow what the platforms can show: Discord embed
 * descriptions stop at 4,096 characters and titles at 256, Slack section text at 3,000 per block.
 */
export const FAQ_LIMITS = {
  slugMaxLength: 80,
  questionMaxLength: 300,
  answerMaxLength: 4000,
  aliasMaxLength: 200,
  maxAliases: 30,
  tagMaxLength: 40,
  maxTags: 12,
  sourceMaxLength: 500,
  maxSources: 12,
  criterionMaxLength: 80,
  maxCriteria: 20,
  ownerMaxLength: 100,
} as const;

const count = (n: number) => n.toLocaleString("en-US");

function lengthRule(what: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, {
      error: (issue) =>
        `${what} must be at most ${count(max)} characters (got ${count(String(issue.input ?? "").length)})`,
    });
}

/** Lowercase letters and digits joined by single hyphens, e.g. `top-rated-badge-delay`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugRule = z
  .string()
  .trim()
  .min(1, { error: "slug must not be empty" })
  .max(FAQ_LIMITS.slugMaxLength, {
    error: `slug must be at most ${FAQ_LIMITS.slugMaxLength} characters`,
  })
  .regex(SLUG_PATTERN, {
    error: "slug must be lowercase letters and digits joined by single hyphens, e.g. top-rated-badge-delay",
  });

export const questionRule = lengthRule("question", FAQ_LIMITS.questionMaxLength);
export const answerRule = lengthRule("answer", FAQ_LIMITS.answerMaxLength);
export const aliasRule = lengthRule("alias", FAQ_LIMITS.aliasMaxLength);
// Tags are compared and filtered case-insensitively, so they are kept in lowercase.
export const tagRule = lengthRule("tag", FAQ_LIMITS.tagMaxLength).transform((tag) => tag.toLowerCase());
export const criterionRule = lengthRule("criterion id", FAQ_LIMITS.criterionMaxLength);
export const ownerRule = lengthRule("owner", FAQ_LIMITS.ownerMaxLength);

/**
 * A source is shown as a link on every platform. Slack writes a link as `<url|label>`, so a "<",
 * ">" or "|" in a URL ends it early and lets the rest be read as markup: a stored
 * `https://x.example/a><!channel>` posted `<!channel>` (issue 15). Sources are therefore plain
 * https URLs without those characters or whitespace (URL parsers accept all of them in a path).
 */
const httpsUrl = z.url({ protocol: /^https$/ });

export function isPlainHttpsUrl(text: string): boolean {
  return /^https:\/\/[^\s<>|]+$/.test(text) && httpsUrl.safeParse(text).success;
}

export const sourceRule = z
  .string()
  .trim()
  .max(FAQ_LIMITS.sourceMaxLength, {
    error: `a source link must be at most ${FAQ_LIMITS.sourceMaxLength} characters`,
  })
  .refine(isPlainHttpsUrl, {
    error: "a source must be a plain https:// link, without spaces, <, > or |",
  });

export const reviewByRule = z.iso.date({ error: "review_by must be a calendar date written YYYY-MM-DD" });

function listRule<T extends z.ZodType>(item: T, what: string, max: number) {
  return z.array(item).max(max, { error: `at most ${max} ${what}` });
}

export const aliasesRule = listRule(aliasRule, "aliases", FAQ_LIMITS.maxAliases);
export const tagsRule = listRule(tagRule, "tags", FAQ_LIMITS.maxTags);
export const sourcesRule = listRule(sourceRule, "sources", FAQ_LIMITS.maxSources);
export const criteriaRule = listRule(criterionRule, "criteria", FAQ_LIMITS.maxCriteria);
