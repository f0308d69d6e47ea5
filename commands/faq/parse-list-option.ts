import type { z } from "zod";
import {
  aliasRule,
  criterionRule,
  FAQ_LIMITS,
  sourceRule,
  tagRule,
} from "../../src/core/faq/import/faq-entry-rules.js";
import { problem, type Reply } from "../../src/core/reply.js";

type ListName = "aliases" | "tags" | "sources" | "criteria";

const rules: Record<ListName, { item: z.ZodType<string>; max: number; separator: RegExp }> = {
  aliases: { item: aliasRule, max: FAQ_LIMITS.maxAliases, separator: /,/ },
  tags: { item: tagRule, max: FAQ_LIMITS.maxTags, separator: /,/ },
  // Links never contain spaces, and people paste them one per line.
  sources: { item: sourceRule, max: FAQ_LIMITS.maxSources, separator: /[,\s]+/ },
  criteria: { item: criterionRule, max: FAQ_LIMITS.maxCriteria, separator: /,/ },
};

export type ParsedList = { ok: true; value: string[] | undefined } | { ok: false; reply: Reply };

/**
 * A comma-separated option as a validated list: undefined when the option was not given,
 * [] for `-` (clear), otherwise the items, each checked by the same rule an import file uses.
 */
export function parseListOption(name: ListName, raw: string | undefined): ParsedList {
  if (raw === undefined) return { ok: true, value: undefined };
  if (raw.trim() === "-") return { ok: true, value: [] };
  const rule = rules[name];
  const items = raw
    .split(rule.separator)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length > rule.max) {
    return invalid(name, `\`${name}\` takes at most ${rule.max} items (you gave ${items.length}).`);
  }
  const value: string[] = [];
  for (const [index, item] of items.entries()) {
    const parsed = rule.item.safeParse(item);
    if (!parsed.success) {
      const why = parsed.error.issues[0]?.message ?? "is not valid";
      return invalid(name, `\`${name}\` item ${index + 1} (\`${item.slice(0, 40)}\`): ${why}.`);
    }
    if (!value.includes(parsed.data)) value.push(parsed.data);
  }
  return { ok: true, value };
}

function invalid(option: string, body: string): ParsedList {
  return { ok: false, reply: problem("invalid-input", body, { option, expected: null }) };
}
