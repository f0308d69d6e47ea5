-- The text search configuration behind faq_entries.search, made to tokenise like SQLite's FTS5
-- `porter unicode61 remove_diacritics 2`, so both engines find the same candidates:
-- * unaccent first (FTS5 removes diacritics), then the original Porter stemmer (FTS5's porter);
-- * no stop words (FTS5 has none; the snowball dictionary keeps every word without a StopWords file);
-- * a hyphenated word is indexed as its parts only, as unicode61 splits it.
-- unaccent is a trusted extension (PostgreSQL 13+), so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY gigdesk_porter (TEMPLATE = snowball, Language = porter);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION gigdesk_fts (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION gigdesk_fts
  ALTER MAPPING FOR asciiword, word, numword, hword_asciipart, hword_part, hword_numpart
  WITH unaccent, gigdesk_porter;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION gigdesk_fts DROP MAPPING FOR asciihword, hword, numhword;
