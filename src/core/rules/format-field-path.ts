/** `statuses.top_rated.criteria[2].threshold`: the form people search for in a ruleset file. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text === "" ? "(the ruleset itself)" : text;
}
