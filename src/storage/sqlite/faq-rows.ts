import {
  FAQ_LIST_KEYS,
  type FaqContent,
  type FaqEntry,
  type FaqRevision,
  type FaqSuggestion,
  type FaqSuggestionStatus,
  type ScannedFaqCandidate,
} from "../../core/faq/types.js";
import type { faqEntries, faqRevisions, faqSuggestions } from "./schema/faq.js";

export type FaqEntryRow = typeof faqEntries.$inferSelect;
export type FaqRevisionRow = typeof faqRevisions.$inferSelect;
export type FaqSuggestionRow = typeof faqSuggestions.$inferSelect;

type ListKey = (typeof FAQ_LIST_KEYS)[number];
type Lists = Pick<FaqContent, ListKey>;

/**
 * JSON read back from a text column is parsed at this edge: anything that is not a list of
 * strings (a hand-edited row, say) reads as the strings it contains rather than crashing a reply.
 */
export function stringList(value: unknown): string[] {
  const parsed = typeof value === "string" ? safeJsonParse(value) : value;
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : [];
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return [];
  }
}

/** The list columns of a row, parsed; every other column is copied as it is. */
function withLists<T extends Record<ListKey, unknown>>(row: T): Omit<T, ListKey> & Lists {
  const lists = {} as Lists;
  for (const key of FAQ_LIST_KEYS) lists[key] = stringList(row[key]);
  return { ...row, ...lists };
}

/** The lists of an entry as the text columns store them. */
export function listsAsJson(entry: Lists): Record<ListKey, string> {
  const json = {} as Record<ListKey, string>;
  for (const key of FAQ_LIST_KEYS) json[key] = JSON.stringify(entry[key]);
  return json;
}

/** The columns a search first cut reads, as raw SQL returns them (lists still JSON text). */
export function candidateColumns(table?: string): string {
  const column = (name: string) => (table ? `${table}.${name}` : name);
  const plain = ["slug", "question", "answer", "aliases", "tags", "sources", "criteria"].map(column);
  return [...plain, `${column("review_by")} AS reviewBy`, `${column("updated_at")} AS updatedAt`].join(", ");
}
export type CandidateRow = Omit<ScannedFaqCandidate, ListKey> & Record<ListKey, string>;

export function candidateFromRow(row: CandidateRow): ScannedFaqCandidate {
  return withLists(row);
}

export function entryFromRow(row: FaqEntryRow): FaqEntry {
  // The owner and the starter-pack bookkeeping are the store's business, not the entry's.
  const {
    communityId: _community,
    starterSlug: _starterSlug,
    starterHash: _starterHash,
    ...entry
  } = withLists(row);
  return entry;
}

export function revisionFromRow(row: FaqRevisionRow): FaqRevision {
  const { id: _id, entryId: _entryId, ...revision } = withLists(row);
  return revision;
}

/** The PostgreSQL row has no wording key yet, so it is optional here. */
export function suggestionFromRow(
  row: Omit<FaqSuggestionRow, "normalisedQuestion"> & { normalisedQuestion?: string | null },
  createdEntrySlug: string | null,
): FaqSuggestion {
  const {
    createdEntryId: _createdEntryId,
    communityId: _community,
    normalisedQuestion: _wording,
    ...suggestion
  } = row;
  return { ...suggestion, status: row.status as FaqSuggestionStatus, createdEntrySlug };
}
