CREATE TABLE `web_consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` text NOT NULL,
	`member_id` text NOT NULL,
	`suggestion_id` integer NOT NULL,
	`entry_id` integer,
	`purpose` text NOT NULL,
	`state` text NOT NULL,
	`credit_name` text,
	`asked_at` text NOT NULL,
	`decided_at` text,
	FOREIGN KEY (`suggestion_id`) REFERENCES `faq_suggestions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entry_id`) REFERENCES `faq_entries`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `web_consents_member_capture_purpose_unique` ON `web_consents` (`community_id`,`member_id`,`suggestion_id`,`purpose`);--> statement-breakpoint
CREATE INDEX `web_consents_suggestion_idx` ON `web_consents` (`suggestion_id`);--> statement-breakpoint
ALTER TABLE `faq_suggestions` ADD `answer_author_id` text;