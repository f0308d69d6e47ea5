import type { z } from "zod";

export type OptionKind = "string" | "integer" | "number" | "boolean" | "choice";

/** One option as every platform needs to see it, read once from the command's zod schema. */
export interface OptionField {
  name: string;
  description: string;
  kind: OptionKind;
  required: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  choices?: string[];
  defaultValue?: unknown;
}

/** The zod 4 internals we read; kept in one place so a zod upgrade touches one file. */
interface SchemaInternals {
  def: { type: string; innerType?: SchemaInternals; defaultValue?: unknown; in?: SchemaInternals };
  description?: string;
  options?: readonly unknown[];
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  maxLength?: number | null;
}

const wrapperTypes = new Set(["optional", "default", "nullable", "prefault", "catch", "readonly"]);

/** Lists a command's options in schema order, so usage lines read as the author wrote them. */
export function optionFields(schema: z.ZodObject): OptionField[] {
  return Object.entries(schema.shape).map(([name, fieldSchema]) =>
    describeField(name, fieldSchema as unknown as SchemaInternals),
  );
}

function describeField(name: string, outer: SchemaInternals): OptionField {
  let node = outer;
  let required = true;
  let description = outer.description;
  let defaultValue: unknown;
  while (wrapperTypes.has(node.def.type) || node.def.type === "pipe") {
    if (node.def.type === "optional" || node.def.type === "nullable") required = false;
    if (node.def.type === "default" || node.def.type === "prefault") {
      required = false;
      defaultValue = node.def.defaultValue;
    }
    const inner = node.def.type === "pipe" ? node.def.in : node.def.innerType;
    if (!inner) break;
    node = inner;
    description ??= node.description;
  }
  const field: OptionField = {
    name,
    description: description ?? name,
    kind: kindOf(node),
    required,
  };
  if (defaultValue !== undefined) field.defaultValue = defaultValue;
  if (field.kind === "integer" || field.kind === "number") {
    if (isFiniteNumber(node.minValue)) field.min = node.minValue;
    if (isFiniteNumber(node.maxValue)) field.max = node.maxValue;
  }
  if (field.kind === "string" && isFiniteNumber(node.maxLength)) field.maxLength = node.maxLength;
  if (field.kind === "choice") field.choices = (node.options ?? []).map(String);
  return field;
}

function kindOf(node: SchemaInternals): OptionKind {
  switch (node.def.type) {
    case "number":
      return node.isInt ? "integer" : "number";
    case "boolean":
      return "boolean";
    case "enum":
    case "literal":
      return "choice";
    default:
      return "string";
  }
}

// zod reports unbounded safe-int ranges as ±9007199254740991; those are not real bounds.
function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER;
}

/** `name:<integer 0-100>` style hint for one option, shared by usage lines and the Slack manifest. */
export function optionHint(field: OptionField): string {
  switch (field.kind) {
    case "choice":
      return (field.choices ?? []).join("|");
    case "boolean":
      return "yes|no";
    case "integer":
    case "number": {
      const noun = field.kind === "integer" ? "whole number" : "number";
      if (field.min !== undefined && field.max !== undefined) return `${noun} ${field.min}-${field.max}`;
      if (field.min !== undefined) return `${noun} ≥ ${field.min}`;
      if (field.max !== undefined) return `${noun} ≤ ${field.max}`;
      return noun;
    }
    case "string":
      return "text";
  }
}
