import { formatFieldPath } from "../format-field-path.js";
import { RulesetError } from "../ruleset-error.js";

/** The sources of sources.json: by marketplace id, then by source id. */
export type SourceTables = Readonly<Record<string, Readonly<Record<string, object>>>>;

/** A key the data files use for notes to their readers; it is no part of a ruleset. */
const commentKey = "$comment";

/**
 * Turns a ruleset data file into the shape rulesetSchema validates: every source id in a
 * `sources` list becomes the source it names in its marketplace's table, and the notes are
 * dropped. Sources written out in full stay as they are. Throws a RulesetError naming the ruleset,
 * the field and each id not in the table, because a typo would otherwise cite nothing.
 */
export function resolveSourceIds(data: { id: string; marketplaceId: string }, tables: SourceTables): unknown {
  const table = tables[data.marketplaceId] ?? {};
  const problems: string[] = [];
  const resolve = (value: unknown, path: readonly PropertyKey[]): unknown => {
    if (Array.isArray(value)) {
      return value.map((item, index) => {
        if (path.at(-1) !== "sources" || typeof item !== "string") return resolve(item, [...path, index]);
        const source = Object.hasOwn(table, item) ? table[item] : undefined;
        if (source) return resolve(source, []);
        problems.push(
          `ruleset "${data.id}": ${formatFieldPath([...path, index])}: unknown source id "${item}" (not among the ${data.marketplaceId} sources in sources.json)`,
        );
        return item;
      });
    }
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== commentKey)
        .map(([key, field]) => [key, resolve(field, [...path, key])]),
    );
  };
  const resolved = resolve(data, []);
  if (problems.length > 0) {
    throw new RulesetError(
      `Invalid status ruleset data:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
      problems,
    );
  }
  return resolved;
}
