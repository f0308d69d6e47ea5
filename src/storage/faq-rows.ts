import type {
  FaqContent,
  FaqEntry,
  FaqRevision,
  FaqSuggestion,
  FaqSuggestionStatus,
  ScannedFaqCandidate,
} from "../core/faq/types.js";
import type { faqEntries, faqRevisions, faqSuggestions } from "./schema/faq.js";

export type FaqEntryRow = typeof faqEntries.$inferSelect;
export type FaqRevisionRow = typeof faqRevisions.$inferSelect;
export type FaqSuggestionRow = typeof faqSuggestions.$inferSelect;

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

/** The columns a search first cut reads, as raw SQL returns them (lists still JSON text). */
export interface CandidateRow {
  slug: string;
  question: string;
  answer: string;
  aliases: string;
  tags: string;
  sources: string;
  criteria: string;
  review_by: string | null;
  updated_at: string;
}

export function candidateFromRow(row: CandidateRow): ScannedFaqCandidate {
  return {
    slug: row.slug,
    question: row.question,
    answer: row.answer,
    aliases: stringList(row.aliases),
    tags: stringList(row.tags),
    sources: stringList(row.sources),
    criteria: stringList(row.criteria),
    reviewBy: row.review_by,
    updatedAt: row.updated_at,
  };
}

export function entryFromRow(row: FaqEntryRow): FaqEntry {
  return {
    id: row.id,
    slug: row.slug,
    question: row.question,
    answer: row.answer,
    aliases: stringList(row.aliases),
    tags: stringList(row.tags),
    sources: stringList(row.sources),
    criteria: stringList(row.criteria),
    owner: row.owner,
    reviewBy: row.reviewBy,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function revisionFromRow(row: FaqRevisionRow): FaqRevision {
  return {
    version: row.version,
    question: row.question,
    answer: row.answer,
    aliases: stringList(row.aliases),
    tags: stringList(row.tags),
    sources: stringList(row.sources),
    criteria: stringList(row.criteria),
    reviewBy: row.reviewBy,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
    reason: row.reason,
  };
}

export function suggestionFromRow(row: FaqSuggestionRow, createdEntrySlug: string | null): FaqSuggestion {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    platform: row.platform,
    communityId: row.communityId,
    channelId: row.channelId,
    threadId: row.threadId,
    messageLink: row.messageLink,
    suggestedBy: row.suggestedBy,
    status: row.status as FaqSuggestionStatus,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    reason: row.reason,
    createdEntrySlug,
    createdAt: row.createdAt,
  };
}

/** The entry's current content in the same form. */
export function contentOf(entry: FaqEntry): FaqContent {
  return {
    slug: entry.slug,
    question: entry.question,
    answer: entry.answer,
    aliases: entry.aliases,
    tags: entry.tags,
    sources: entry.sources,
    criteria: entry.criteria,
    owner: entry.owner,
    reviewBy: entry.reviewBy,
  };
}
