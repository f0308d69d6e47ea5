-- Full-text index over the published FAQ entries (question, aliases, tags, answer).
--
-- Why contentless-delete (content='', contentless_delete=1) rather than external content:
-- * The text already lives in faq_entries; the index stores only tokens, and every read joins
--   faq_entries by rowid (= faq_entries.id) for the columns, so nothing is stored twice.
-- * Only published entries are indexed. With an external-content table, removing a row needs the
--   exact old column values, and a mismatch silently corrupts the index; a contentless-delete table
--   removes a row by rowid alone, so the triggers below cannot drift from what was indexed.
-- * The lists are stored as JSON arrays; the triggers index their values joined by " ; " so that
--   JSON escapes never become tokens.
-- Porter stemming over unicode61 (diacritics folded) lets "rated", "rating" and "rate" meet.
-- The default rank weights question and aliases above tags and the answer (bm25 column weights,
-- in column order); findCandidates orders by this rank (lower = better).
CREATE VIRTUAL TABLE `faq_fts` USING fts5(
	question,
	aliases,
	tags,
	answer,
	content = '',
	contentless_delete = 1,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `faq_fts` (`faq_fts`, `rank`) VALUES ('rank', 'bm25(10.0, 8.0, 3.0, 1.0)');
--> statement-breakpoint
CREATE TRIGGER `faq_entries_fts_after_insert` AFTER INSERT ON `faq_entries`
WHEN new.status = 'published'
BEGIN
	INSERT INTO `faq_fts` (rowid, question, aliases, tags, answer) VALUES (
		new.id,
		new.question,
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(new.aliases)),
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(new.tags)),
		new.answer
	);
END;
--> statement-breakpoint
CREATE TRIGGER `faq_entries_fts_after_update` AFTER UPDATE OF question, aliases, tags, answer, status ON `faq_entries`
BEGIN
	DELETE FROM `faq_fts` WHERE rowid = old.id;
	INSERT INTO `faq_fts` (rowid, question, aliases, tags, answer)
	SELECT
		new.id,
		new.question,
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(new.aliases)),
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(new.tags)),
		new.answer
	WHERE new.status = 'published';
END;
--> statement-breakpoint
CREATE TRIGGER `faq_entries_fts_after_delete` AFTER DELETE ON `faq_entries`
BEGIN
	DELETE FROM `faq_fts` WHERE rowid = old.id;
END;
