/**
 * The text syntax shared by the console and Slack:
 *   /name [subcommand] key:value key:"quoted value" key=value free text...
 * Smart quotes (which phones insert) group words like straight ones. The command's rest option
 * takes the rest of the line, so answers may contain colons. The result holds raw strings;
 * coercion by option type happens in text-invocation.ts, validation in runCommand.
 */

export interface ParsedCommandLine {
  /** Lower-cased words before the first option: the command name and maybe a subcommand. */
  words: string[];
  /** Everything after the words, to be split into options once the command is known. */
  rest: string;
}

export type OptionsParse =
  | { ok: true; values: Record<string, string> }
  | {
      ok: false;
      reason: "repeated" | "unclosed-quote" | "empty-value" | "unknown-option" | "unexpected-text";
      option: string;
      detail: string;
    };

const smartQuotes = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;

/** Straightens the quotes phones and word processors insert, so that they group words. */
export function normaliseQuotes(text: string): string {
  return text.replace(smartQuotes, '"');
}

/** Splits `/faq add question:...` into its leading words and the options text. */
export function parseCommandLine(line: string): ParsedCommandLine | undefined {
  const text = normaliseQuotes(line).trim();
  if (!text.startsWith("/")) return undefined;
  const withoutSlash = text.slice(1);
  const words: string[] = [];
  let index = 0;
  // At most two leading words (command and subcommand); anything else belongs to the options.
  while (words.length < 2) {
    while (withoutSlash[index] === " " || withoutSlash[index] === "\t") index++;
    const match = /^[A-Za-z][\w-]*(?=\s|$)/.exec(withoutSlash.slice(index, index + 64));
    if (!match) break;
    words.push(match[0].toLowerCase());
    index += match[0].length;
  }
  return { words, rest: withoutSlash.slice(index).trim() };
}

const optionKey = /^([A-Za-z][\w-]{0,40})[:=]/;

/**
 * Reads `key:value` pairs. `knownOptions` decides what counts as a key, so that a URL or a
 * sentence like "Note: ..." inside free text is not mistaken for an option.
 */
export function parseOptions(
  rawText: string,
  knownOptions: readonly string[],
  restOption: string | undefined,
): OptionsParse {
  const text = normaliseQuotes(rawText);
  const values: Record<string, string> = {};
  const known = new Set(knownOptions);
  let index = 0;
  const freeText: string[] = [];
  while (index < text.length) {
    while (text[index] === " " || text[index] === "\t" || text[index] === "\n") index++;
    if (index >= text.length) break;
    const keyMatch = optionKey.exec(text.slice(index, index + 42));
    const key = keyMatch?.[1]?.toLowerCase();
    if (!keyMatch || !key || !known.has(key)) {
      if (keyMatch && key && !restOption && !looksLikeUrl(text, index)) {
        return { ok: false, reason: "unknown-option", option: key, detail: "" };
      }
      // Free text: with a rest option it all belongs there; otherwise it is an error.
      if (restOption) {
        freeText.push(text.slice(index).trim());
        break;
      }
      return { ok: false, reason: "unexpected-text", option: "", detail: text.slice(index, index + 40) };
    }
    if (key in values) return { ok: false, reason: "repeated", option: key, detail: "" };
    index += keyMatch[0].length;
    if (key === restOption && text[index] !== '"') {
      values[key] = text.slice(index).trim();
      if (values[key] === "") return { ok: false, reason: "empty-value", option: key, detail: "" };
      index = text.length;
      break;
    }
    const value = readValue(text, index);
    if (value.kind === "unclosed") return { ok: false, reason: "unclosed-quote", option: key, detail: "" };
    if (value.text === "" && !value.quoted)
      return { ok: false, reason: "empty-value", option: key, detail: "" };
    values[key] = value.text;
    index = value.end;
  }
  if (freeText.length > 0 && restOption) {
    if (restOption in values) return { ok: false, reason: "repeated", option: restOption, detail: "" };
    values[restOption] = stripWrappingQuotes(freeText.join(" "));
  }
  return { ok: true, values };
}

function looksLikeUrl(text: string, index: number): boolean {
  return /^[a-z][\w+.-]*:\/\//i.test(text.slice(index, index + 20));
}

function stripWrappingQuotes(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

function readValue(
  text: string,
  start: number,
): { kind: "ok"; text: string; end: number; quoted: boolean } | { kind: "unclosed" } {
  if (text[start] === '"') {
    const close = text.indexOf('"', start + 1);
    if (close === -1) return { kind: "unclosed" };
    return { kind: "ok", text: text.slice(start + 1, close), end: close + 1, quoted: true };
  }
  let end = start;
  while (end < text.length && text[end] !== " " && text[end] !== "\t" && text[end] !== "\n") end++;
  return { kind: "ok", text: text.slice(start, end), end, quoted: false };
}
