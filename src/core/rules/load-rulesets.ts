import type { z } from "zod";
import { formatFieldPath } from "./format-field-path.js";
import { marketplaceIds } from "./marketplace-id.js";
import { RulesetError } from "./ruleset-error.js";
import { type Ruleset, type RulesetInput, rulesetSchema } from "./ruleset-schema.js";
import { rawRulesets } from "./rulesets/index.js";

export { formatFieldPath };

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${formatFieldPath(issue.path)}: ${issue.message}`;
}

function rulesetLabel(raw: unknown, index: number): string {
  const id = typeof raw === "object" && raw !== null && "id" in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === "string" ? `"${id}"` : `#${index + 1}`;
}

/**
 * Validates every ruleset and returns them by marketplace (in marketplaceIds order), newest first. Throws a RulesetError naming each bad
 * field, because running with a broken ruleset would give members wrong verdicts.
 */
export function loadRulesets(raw: readonly (RulesetInput | unknown)[] = rawRulesets): Ruleset[] {
  const problems: string[] = [];
  const rulesets: Ruleset[] = [];
  raw.forEach((candidate, index) => {
    const result = rulesetSchema.safeParse(candidate);
    if (result.success) {
      rulesets.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      problems.push(`ruleset ${rulesetLabel(candidate, index)}: ${describeIssue(issue)}`);
    }
  });
  const seenIds = new Set<string>();
  for (const ruleset of rulesets) {
    if (seenIds.has(ruleset.id)) problems.push(`ruleset "${ruleset.id}": id: used by more than one ruleset`);
    seenIds.add(ruleset.id);
  }
  for (const marketplace of marketplaceIds) {
    problems.push(...dateProblems(rulesets.filter((ruleset) => ruleset.marketplaceId === marketplace)));
  }
  if (raw.length === 0) problems.push("no rulesets: at least one is needed");
  if (problems.length > 0) {
    throw new RulesetError(
      `Invalid status ruleset data:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
      problems,
    );
  }
  return rulesets.sort(
    (a, b) =>
      marketplaceIds.indexOf(a.marketplaceId) - marketplaceIds.indexOf(b.marketplaceId) ||
      (b.effectiveFrom ?? "").localeCompare(a.effectiveFrom ?? ""),
  );
}

/**
 * The current ruleset of a marketplace is chosen by date, so within one marketplace no two may
 * share a date, and an undated ruleset must stand alone: beside others it could be anywhere.
 */
function dateProblems(sameMarketplace: readonly Ruleset[]): string[] {
  const problems: string[] = [];
  const seenDates = new Map<string, string>();
  for (const ruleset of sameMarketplace) {
    if (ruleset.effectiveFrom === null) {
      if (sameMarketplace.length > 1) {
        problems.push(
          `ruleset "${ruleset.id}": effectiveFrom: undated, but ${ruleset.marketplaceId} has other rulesets, so the current one would be a guess`,
        );
      }
      continue;
    }
    const other = seenDates.get(ruleset.effectiveFrom);
    if (other) {
      problems.push(
        `ruleset "${ruleset.id}": effectiveFrom: ${ruleset.effectiveFrom} is also the date of "${other}", so the current ruleset would be ambiguous`,
      );
    }
    seenDates.set(ruleset.effectiveFrom, ruleset.id);
  }
  return problems;
}
