/**
 * A tiny YAML emitter for the app manifest: mappings, sequences, strings, numbers and booleans.
 * Every string is written double-quoted through JSON.stringify, whose escapes are a subset of
 * YAML's double-quoted escapes, so no value can turn into a different YAML type or break a line.
 */
export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue };

const plainKey = /^[A-Za-z_][\w.-]*$/;

function key(name: string): string {
  return plainKey.test(name) ? name : JSON.stringify(name);
}

function scalar(value: string | number | boolean): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function isScalar(value: YamlValue): value is string | number | boolean {
  return typeof value !== "object";
}

function isEmpty(value: YamlValue): boolean {
  return Array.isArray(value)
    ? value.length === 0
    : typeof value === "object" && Object.keys(value).length === 0;
}

function emptyLiteral(value: YamlValue): string {
  return Array.isArray(value) ? "[]" : "{}";
}

function emitMapping(mapping: { [key: string]: YamlValue }, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(mapping)) {
    if (isScalar(value)) lines.push(`${indent}${key(name)}: ${scalar(value)}`);
    else if (isEmpty(value)) lines.push(`${indent}${key(name)}: ${emptyLiteral(value)}`);
    else {
      lines.push(`${indent}${key(name)}:`);
      lines.push(...emitNode(value, `${indent}  `));
    }
  }
  return lines;
}

function emitSequence(items: YamlValue[], indent: string): string[] {
  const lines: string[] = [];
  for (const item of items) {
    if (isScalar(item)) lines.push(`${indent}- ${scalar(item)}`);
    else if (isEmpty(item)) lines.push(`${indent}- ${emptyLiteral(item)}`);
    else {
      // The first line of a nested block sits after the dash; the rest line up under it.
      const nested = emitNode(item, `${indent}  `);
      const first = nested[0] ?? "";
      lines.push(`${indent}- ${first.slice(indent.length + 2)}`, ...nested.slice(1));
    }
  }
  return lines;
}

function emitNode(value: YamlValue, indent: string): string[] {
  if (isScalar(value)) return [`${indent}${scalar(value)}`];
  return Array.isArray(value) ? emitSequence(value, indent) : emitMapping(value, indent);
}

export function toYaml(value: YamlValue): string {
  return `${emitNode(value, "").join("\n")}\n`;
}
