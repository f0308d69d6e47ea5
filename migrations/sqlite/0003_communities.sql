-- Communities: every FAQ entry, suggestion, setting, audit row and thread answer now belongs to one
-- community; a Discord server, Slack workspace or the console is a "space" that belongs to one.
--
-- Nothing is lost. Today's FAQ, queue and history go to the community of the one space that has
-- settings (the community a moderator configured), or to `console` when none or several do
-- (`npm run faq -- move-community` fixes the choice). Settings, thread answers and unanswered
-- questions go to the community of the space they were made in. Every space seen anywhere gets its
-- own community, named `<platform>-<space id>` (`console` for the console).
--
-- SQLite changes a table's keys by rebuilding it: the old tables are renamed, the new ones created,
-- the rows copied, the old ones dropped. The full-text index is rebuilt with a `community` column
-- (a token per community) so that a search reads only the postings of the asker's community.
DROP TRIGGER IF EXISTS `faq_entries_fts_after_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `faq_entries_fts_after_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `faq_entries_fts_after_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `faq_fts`;
--> statement-breakpoint
ALTER TABLE `audit_log` RENAME TO `audit_log_v1`;
--> statement-breakpoint
ALTER TABLE `community_settings` RENAME TO `community_settings_v1`;
--> statement-breakpoint
ALTER TABLE `faq_entries` RENAME TO `faq_entries_v1`;
--> statement-breakpoint
ALTER TABLE `faq_revisions` RENAME TO `faq_revisions_v1`;
--> statement-breakpoint
ALTER TABLE `faq_suggestions` RENAME TO `faq_suggestions_v1`;
--> statement-breakpoint
ALTER TABLE `channel_answer_times` RENAME TO `channel_answer_times_v1`;
--> statement-breakpoint
ALTER TABLE `thread_answers` RENAME TO `thread_answers_v1`;
--> statement-breakpoint
ALTER TABLE `thread_feedback` RENAME TO `thread_feedback_v1`;
--> statement-breakpoint
ALTER TABLE `unanswered_questions` RENAME TO `unanswered_questions_v1`;
--> statement-breakpoint
DROP INDEX IF EXISTS `audit_log_community_at_idx`;
--> statement-breakpoint
DROP INDEX IF EXISTS `community_settings_platform_community_unique`;
--> statement-breakpoint
DROP INDEX IF EXISTS `faq_entries_slug_unique`;
--> statement-breakpoint
DROP INDEX IF EXISTS `faq_entries_status_review_by_idx`;
--> statement-breakpoint
DROP INDEX IF EXISTS `faq_revisions_entry_version_unique`;
--> statement-breakpoint
DROP INDEX IF EXISTS `faq_suggestions_status_created_idx`;
--> statement-breakpoint
DROP INDEX IF EXISTS `faq_suggestions_message_link_idx`;
--> statement-breakpoint
DROP INDEX IF EXISTS `channel_answer_times_channel_unique`;
--> statement-breakpoint
DROP INDEX IF EXISTS `thread_answers_thread_unique`;
--> statement-breakpoint
DROP INDEX IF EXISTS `thread_answers_reply_id_unique`;
--> statement-breakpoint
DROP INDEX IF EXISTS `thread_answers_community_idx`;
--> statement-breakpoint
DROP INDEX IF EXISTS `thread_feedback_answer_user_unique`;
--> statement-breakpoint
DROP INDEX IF EXISTS `unanswered_questions_message_unique`;
--> statement-breakpoint
DROP INDEX IF EXISTS `unanswered_questions_community_idx`;
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` text NOT NULL,
	`actor` text NOT NULL,
	`platform` text NOT NULL,
	`space_id` text NOT NULL,
	`action` text NOT NULL,
	`target` text NOT NULL,
	`detail` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_community_at_idx` ON `audit_log` (`community_id`,`at`);
--> statement-breakpoint
CREATE TABLE `communities` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`name` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `communities_id_unique` ON `communities` (`id`);
--> statement-breakpoint
CREATE TABLE `community_link_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code_hash` text NOT NULL,
	`community_id` text NOT NULL,
	`platform` text NOT NULL,
	`space_id` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`used_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `community_link_codes_hash_unique` ON `community_link_codes` (`code_hash`);
--> statement-breakpoint
CREATE TABLE `community_spaces` (
	`platform` text NOT NULL,
	`space_id` text NOT NULL,
	`community_id` text NOT NULL,
	`name` text,
	`joined_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `community_spaces_space_unique` ON `community_spaces` (`platform`,`space_id`);
--> statement-breakpoint
CREATE INDEX `community_spaces_community_idx` ON `community_spaces` (`community_id`);
--> statement-breakpoint
CREATE TABLE `community_settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` text NOT NULL,
	`settings` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `community_settings_community_unique` ON `community_settings` (`community_id`);
--> statement-breakpoint
CREATE TABLE `faq_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` text NOT NULL,
	`slug` text NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`criteria` text DEFAULT '[]' NOT NULL,
	`review_by` text,
	`owner` text,
	`status` text DEFAULT 'published' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`starter_slug` text,
	`starter_hash` text,
	`review_flag` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `faq_entries_community_slug_unique` ON `faq_entries` (`community_id`,`slug`);
--> statement-breakpoint
CREATE INDEX `faq_entries_community_status_review_by_idx` ON `faq_entries` (`community_id`,`status`,`review_by`);
--> statement-breakpoint
CREATE TABLE `faq_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`version` integer NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`criteria` text DEFAULT '[]' NOT NULL,
	`review_by` text,
	`changed_by` text NOT NULL,
	`changed_at` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `faq_entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `faq_revisions_entry_version_unique` ON `faq_revisions` (`entry_id`,`version`);
--> statement-breakpoint
CREATE TABLE `faq_suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` text NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`platform` text NOT NULL,
	`space_id` text NOT NULL,
	`channel_id` text,
	`thread_id` text,
	`message_link` text,
	`suggested_by` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`reason` text,
	`created_entry_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`created_entry_id`) REFERENCES `faq_entries`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `faq_suggestions_community_status_created_idx` ON `faq_suggestions` (`community_id`,`status`,`created_at`);
--> statement-breakpoint
CREATE INDEX `faq_suggestions_message_link_idx` ON `faq_suggestions` (`community_id`,`message_link`);
--> statement-breakpoint
CREATE TABLE `channel_answer_times` (
	`community_id` text NOT NULL,
	`platform` text NOT NULL,
	`space_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`last_answered_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channel_answer_times_channel_unique` ON `channel_answer_times` (`platform`,`space_id`,`channel_id`);
--> statement-breakpoint
CREATE TABLE `thread_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reply_id` text NOT NULL,
	`community_id` text NOT NULL,
	`platform` text NOT NULL,
	`space_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`thread_id` text NOT NULL,
	`question_message_id` text NOT NULL,
	`asker_id` text NOT NULL,
	`decision` text NOT NULL,
	`slug` text NOT NULL,
	`confidence` real NOT NULL,
	`target_channel_id` text,
	`posted_message_id` text,
	`created_at` text NOT NULL,
	`dismissed_at` text,
	`dismissed_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `thread_answers_thread_unique` ON `thread_answers` (`platform`,`space_id`,`thread_id`);
--> statement-breakpoint
CREATE UNIQUE INDEX `thread_answers_reply_id_unique` ON `thread_answers` (`reply_id`);
--> statement-breakpoint
CREATE INDEX `thread_answers_community_idx` ON `thread_answers` (`community_id`);
--> statement-breakpoint
CREATE TABLE `thread_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`answer_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`verdict` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`answer_id`) REFERENCES `thread_answers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `thread_feedback_answer_user_unique` ON `thread_feedback` (`answer_id`,`user_id`);
--> statement-breakpoint
CREATE TABLE `unanswered_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` text NOT NULL,
	`platform` text NOT NULL,
	`space_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`thread_id` text NOT NULL,
	`message_id` text NOT NULL,
	`author_id` text NOT NULL,
	`text` text NOT NULL,
	`normalised_text` text NOT NULL,
	`reason` text NOT NULL,
	`best_slug` text,
	`best_confidence` real,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unanswered_questions_message_unique` ON `unanswered_questions` (`platform`,`space_id`,`message_id`);
--> statement-breakpoint
CREATE INDEX `unanswered_questions_community_idx` ON `unanswered_questions` (`community_id`,`normalised_text`);
--> statement-breakpoint
-- Every Discord server and Slack workspace the first release saw, and the console.
CREATE TEMP TABLE `spaces_v1` AS
	SELECT DISTINCT platform, community_id AS space_id FROM (
		SELECT platform, community_id FROM community_settings_v1
		UNION SELECT platform, community_id FROM faq_suggestions_v1
		UNION SELECT platform, community_id FROM thread_answers_v1
		UNION SELECT platform, community_id FROM unanswered_questions_v1
		UNION SELECT platform, community_id FROM channel_answer_times_v1
		UNION SELECT platform, community FROM audit_log_v1 WHERE action = 'settings.update'
	)
	WHERE platform IN ('discord', 'slack') OR (platform = 'console' AND community_id = 'console')
	UNION SELECT 'console', 'console';
--> statement-breakpoint
INSERT INTO `communities` (`id`, `name`, `created_at`)
	SELECT CASE platform WHEN 'console' THEN space_id ELSE platform || '-' || space_id END, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	FROM spaces_v1 ORDER BY platform, space_id;
--> statement-breakpoint
INSERT INTO `community_spaces` (`platform`, `space_id`, `community_id`, `name`, `joined_at`)
	SELECT platform, space_id, CASE platform WHEN 'console' THEN space_id ELSE platform || '-' || space_id END, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	FROM spaces_v1;
--> statement-breakpoint
-- The community that receives today's FAQ, queue and history.
CREATE TEMP TABLE `faq_owner_v1` AS
	SELECT CASE
		WHEN (SELECT count(*) FROM community_settings_v1) = 1
			THEN (SELECT CASE platform WHEN 'console' THEN community_id ELSE platform || '-' || community_id END FROM community_settings_v1)
		ELSE 'console'
	END AS community_id;
--> statement-breakpoint
INSERT INTO `faq_entries` (`id`, `community_id`, `slug`, `question`, `answer`, `aliases`, `tags`, `sources`, `criteria`, `review_by`, `owner`, `status`, `version`, `created_at`, `updated_at`)
	SELECT id, (SELECT community_id FROM faq_owner_v1), slug, question, answer, aliases, tags, sources, criteria, review_by, owner, status, version, created_at, updated_at
	FROM faq_entries_v1 ORDER BY id;
--> statement-breakpoint
INSERT INTO `faq_revisions` (`id`, `entry_id`, `version`, `question`, `answer`, `aliases`, `tags`, `sources`, `criteria`, `review_by`, `changed_by`, `changed_at`, `reason`)
	SELECT id, entry_id, version, question, answer, aliases, tags, sources, criteria, review_by, changed_by, changed_at, reason
	FROM faq_revisions_v1 ORDER BY id;
--> statement-breakpoint
INSERT INTO `faq_suggestions` (`id`, `community_id`, `question`, `answer`, `platform`, `space_id`, `channel_id`, `thread_id`, `message_link`, `suggested_by`, `status`, `decided_by`, `decided_at`, `reason`, `created_entry_id`, `created_at`)
	SELECT id, (SELECT community_id FROM faq_owner_v1), question, answer, platform, community_id, channel_id, thread_id, message_link, suggested_by, status, decided_by, decided_at, reason, created_entry_id, created_at
	FROM faq_suggestions_v1 ORDER BY id;
--> statement-breakpoint
-- Settings stay with their space's community; the shadow channel becomes one per platform, since a
-- linked community has a channel on each side.
INSERT INTO `community_settings` (`id`, `community_id`, `settings`, `updated_at`)
	SELECT id,
		CASE platform WHEN 'console' THEN community_id ELSE platform || '-' || community_id END,
		CASE
			WHEN json_extract(settings, '$.shadowChannelId') IS NOT NULL
				THEN json_remove(json_set(settings, '$.shadowChannels', json_object(platform, json_extract(settings, '$.shadowChannelId'))), '$.shadowChannelId')
			ELSE json_remove(settings, '$.shadowChannelId')
		END,
		updated_at
	FROM community_settings_v1 ORDER BY id;
--> statement-breakpoint
INSERT INTO `audit_log` (`id`, `community_id`, `actor`, `platform`, `space_id`, `action`, `target`, `detail`, `at`)
	SELECT id,
		CASE
			WHEN action = 'settings.update' THEN CASE platform WHEN 'console' THEN community ELSE platform || '-' || community END
			ELSE (SELECT community_id FROM faq_owner_v1)
		END,
		actor, platform, community, action, target, detail, at
	FROM audit_log_v1 ORDER BY id;
--> statement-breakpoint
-- The first release copied the starter pack in at its first start, in one import; those entries
-- become starter copies, so the pack's later corrections reach the ones nobody edited.
UPDATE `faq_entries` SET `starter_slug` = `slug`
	WHERE `created_at` IN (SELECT `at` FROM `audit_log` WHERE `actor` = 'starter-pack' AND `action` = 'faq.import');
--> statement-breakpoint
INSERT INTO `thread_answers` (`id`, `reply_id`, `community_id`, `platform`, `space_id`, `channel_id`, `thread_id`, `question_message_id`, `asker_id`, `decision`, `slug`, `confidence`, `target_channel_id`, `posted_message_id`, `created_at`, `dismissed_at`, `dismissed_by`)
	SELECT id, reply_id, CASE platform WHEN 'console' THEN community_id ELSE platform || '-' || community_id END, platform, community_id, channel_id, thread_id, question_message_id, asker_id, decision, slug, confidence, target_channel_id, posted_message_id, created_at, dismissed_at, dismissed_by
	FROM thread_answers_v1 ORDER BY id;
--> statement-breakpoint
INSERT INTO `thread_feedback` (`id`, `answer_id`, `user_id`, `verdict`, `created_at`)
	SELECT id, answer_id, user_id, verdict, created_at FROM thread_feedback_v1 ORDER BY id;
--> statement-breakpoint
INSERT INTO `unanswered_questions` (`id`, `community_id`, `platform`, `space_id`, `channel_id`, `thread_id`, `message_id`, `author_id`, `text`, `normalised_text`, `reason`, `best_slug`, `best_confidence`, `created_at`)
	SELECT id, CASE platform WHEN 'console' THEN community_id ELSE platform || '-' || community_id END, platform, community_id, channel_id, thread_id, message_id, author_id, text, normalised_text, reason, best_slug, best_confidence, created_at
	FROM unanswered_questions_v1 ORDER BY id;
--> statement-breakpoint
INSERT INTO `channel_answer_times` (`community_id`, `platform`, `space_id`, `channel_id`, `last_answered_at`)
	SELECT CASE platform WHEN 'console' THEN community_id ELSE platform || '-' || community_id END, platform, community_id, channel_id, last_answered_at
	FROM channel_answer_times_v1;
--> statement-breakpoint
DROP TABLE `thread_feedback_v1`;
--> statement-breakpoint
DROP TABLE `thread_answers_v1`;
--> statement-breakpoint
DROP TABLE `unanswered_questions_v1`;
--> statement-breakpoint
DROP TABLE `channel_answer_times_v1`;
--> statement-breakpoint
DROP TABLE `faq_revisions_v1`;
--> statement-breakpoint
DROP TABLE `faq_suggestions_v1`;
--> statement-breakpoint
DROP TABLE `faq_entries_v1`;
--> statement-breakpoint
DROP TABLE `community_settings_v1`;
--> statement-breakpoint
DROP TABLE `audit_log_v1`;
--> statement-breakpoint
DROP TABLE `spaces_v1`;
--> statement-breakpoint
DROP TABLE `faq_owner_v1`;
--> statement-breakpoint
-- The full-text index, as in 0001_faq_fts.sql, plus `community`: the token `c<key>` of the
-- entry's community. A search names that token (community:"c12" AND {question aliases tags answer}:
-- (...)), so FTS5 intersects the community's postings with the question's instead of reading every
-- community's matches. The community column weighs nothing in bm25.
CREATE VIRTUAL TABLE `faq_fts` USING fts5(
	question,
	aliases,
	tags,
	answer,
	community,
	content = '',
	contentless_delete = 1,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `faq_fts` (`faq_fts`, `rank`) VALUES ('rank', 'bm25(10.0, 8.0, 3.0, 1.0, 0.0)');
--> statement-breakpoint
CREATE TRIGGER `faq_entries_fts_after_insert` AFTER INSERT ON `faq_entries`
WHEN new.status = 'published'
BEGIN
	INSERT INTO `faq_fts` (rowid, question, aliases, tags, answer, community) VALUES (
		new.id,
		new.question,
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(new.aliases)),
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(new.tags)),
		new.answer,
		'c' || (SELECT `key` FROM `communities` WHERE `id` = new.community_id)
	);
END;
--> statement-breakpoint
CREATE TRIGGER `faq_entries_fts_after_update` AFTER UPDATE OF question, aliases, tags, answer, status, community_id ON `faq_entries`
BEGIN
	DELETE FROM `faq_fts` WHERE rowid = old.id;
	INSERT INTO `faq_fts` (rowid, question, aliases, tags, answer, community)
	SELECT
		new.id,
		new.question,
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(new.aliases)),
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(new.tags)),
		new.answer,
		'c' || (SELECT `key` FROM `communities` WHERE `id` = new.community_id)
	WHERE new.status = 'published';
END;
--> statement-breakpoint
CREATE TRIGGER `faq_entries_fts_after_delete` AFTER DELETE ON `faq_entries`
BEGIN
	DELETE FROM `faq_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO `faq_fts` (rowid, question, aliases, tags, answer, community)
	SELECT e.id, e.question,
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(e.aliases)),
		(SELECT coalesce(group_concat(value, ' ; '), '') FROM json_each(e.tags)),
		e.answer,
		'c' || c.`key`
	FROM `faq_entries` AS e JOIN `communities` AS c ON c.id = e.community_id
	WHERE e.status = 'published';
