/**
 * HTML built only through the `html` template: every interpolated value is escaped unless it is
 * already SafeHtml (the output of another `html` call or of the markup renderer). So FAQ text,
 * which is stored as typed and may hold `<script>` or `"><img onerror>`, can only ever reach a
 * page as text, whichever page composes it.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). A stray
 * override in an FAQ answer would reverse the page text after it; the elements that hold member
 * text carry dir="auto", which lays out right-to-left text correctly without them.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;
/** Control characters other than tab and newline mean nothing in a page and can confuse parsers. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text to HTML text or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(bidiControls, "")
    .replace(controlCharacters, "")
    .replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

/**
 * JSON inside <script type="application/ld+json">: "<" is written as \u003c so that text such as
 * "</script>" in an answer cannot end the block, and U+2028/U+2029 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): SafeHtml {
  return new SafeHtml(
    JSON.stringify(value)
      .replace(/</g, "\\u003c")
      .replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029"),
  );
}
