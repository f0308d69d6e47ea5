/**
 * The FAQ knowledge base as the commands and the thread-reply path see it.
 * Implemented over drizzle + SQLite in src/storage; the FAQ issue fills this in.
 */
export interface FaqStore {
  /** Number of published entries. */
  countPublished(): number;
}
