-- The stores sort and compare slugs in byte order (COLLATE "C"), as SQLite's BINARY collation does,
-- whatever locale the server was created with. This index serves those ordered reads (listing,
-- autocomplete, "did you mean") one community at a time; the unique index keeps the uniqueness.
-- drizzle-kit cannot declare a collated index column, hence a custom migration.
CREATE INDEX IF NOT EXISTS faq_entries_community_slug_bytes_idx
  ON faq_entries (community_id, slug COLLATE "C") WHERE status = 'published';
