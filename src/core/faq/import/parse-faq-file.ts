import type { FaqContent } from "../types.js";
import { completeEntry } from "./complete-entry.js";
import { type FaqFileEntry, faqFileSchema } from "./faq-file-schema.js";

export interface FaqFileProblem {
  /** 1-based position in `entries`, or null for a problem with the file as a whole. */
  entry: number | null;
  /** The entry's slug when it has a readable one, to find it in the file. */
  slug: string | null;
  /** The field at fault, e.g. `answer` or `tags`, or `(file)`. */
  field: string;
  message: string;
}

export type ParsedFaqFile = { ok: true; entries: FaqContent[] } | { ok: false; problems: FaqFileProblem[] };

/**
 * Reads an import file from its bytes. An invalid file is rejected whole: every problem is listed
 * (entry number, field, what is wrong) and no entry is returned, so nothing gets written.
 * Reading bytes rather than a string is what makes invalid UTF-8 detectable: a lenient decode
 * would turn bad bytes into U+FFFD and store them.
 */
export function parseFaqFile(bytes: Uint8Array): ParsedFaqFile {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [fileProblem(`the file is not valid UTF-8 text (${locateBadByte(bytes)})`)],
    };
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [fileProblem(`the file is not valid JSON: ${reason.slice(0, 200)}`)] };
  }

  const problems = [...schemaProblems(raw), ...duplicateSlugProblems(raw)];
  const parsed = faqFileSchema.safeParse(raw);
  if (problems.length > 0 || !parsed.success) {
    return { ok: false, problems: problems.sort(byEntryThenField) };
  }
  return { ok: true, entries: parsed.data.entries.map(toImportedEntry) };
}

function toImportedEntry({ review_by, ...entry }: FaqFileEntry): FaqContent {
  return completeEntry({ ...entry, reviewBy: review_by ?? null });
}

function schemaProblems(raw: unknown): FaqFileProblem[] {
  const parsed = faqFileSchema.safeParse(raw);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const [top, index, field, item] = issue.path;
    if (top === "entries" && typeof index === "number") {
      const itemNote = typeof item === "number" ? `item ${item + 1}: ` : "";
      return {
        entry: index + 1,
        slug: slugAt(raw, index),
        field: field === undefined ? "(entry)" : String(field),
        message: `${itemNote}${describeIssue(issue.code, issue.message)}`,
      };
    }
    return {
      entry: null,
      slug: null,
      field: top === undefined ? "(file)" : String(top),
      message: describeIssue(issue.code, issue.message),
    };
  });
}

function describeIssue(code: string, message: string): string {
  if (code === "unrecognized_keys") return message.replace(/^Unrecognized key/, "unknown field");
  if (code === "invalid_type") return message.replace(/^Invalid input: /, "");
  return message;
}

function duplicateSlugProblems(raw: unknown): FaqFileProblem[] {
  if (!isRecord(raw) || !Array.isArray(raw.entries)) return [];
  const firstSeen = new Map<string, number>();
  const problems: FaqFileProblem[] = [];
  raw.entries.forEach((_entry, index) => {
    const slug = slugAt(raw, index);
    if (slug === null) return;
    const earlier = firstSeen.get(slug);
    if (earlier === undefined) {
      firstSeen.set(slug, index + 1);
      return;
    }
    problems.push({
      entry: index + 1,
      slug,
      field: "slug",
      message: `duplicate slug "${slug.slice(0, 80)}": entry ${earlier} already uses it`,
    });
  });
  return problems;
}

function slugAt(raw: unknown, index: number): string | null {
  if (!isRecord(raw) || !Array.isArray(raw.entries)) return null;
  const entry: unknown = raw.entries[index];
  if (!isRecord(entry) || typeof entry.slug !== "string") return null;
  return entry.slug.trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fileProblem(message: string): FaqFileProblem {
  return { entry: null, slug: null, field: "(file)", message };
}

function byEntryThenField(a: FaqFileProblem, b: FaqFileProblem): number {
  return (a.entry ?? 0) - (b.entry ?? 0) || a.field.localeCompare(b.field);
}

/**
 * Where the first invalid byte is, as "line N, byte offset M". The lenient decoder marks bad bytes
 * with U+FFFD; everything before the first mark decoded cleanly, so its length in bytes is the offset.
 */
function locateBadByte(bytes: Uint8Array): string {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const mark = lenient.indexOf("\uFFFD");
  const before = mark < 0 ? lenient : lenient.slice(0, mark);
  const offset = new TextEncoder().encode(before).length;
  const line = before.split("\n").length;
  return `first bad byte on line ${line}, byte offset ${offset}`;
}
