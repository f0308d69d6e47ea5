CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor` text NOT NULL,
	`platform` text NOT NULL,
	`community` text NOT NULL,
	`action` text NOT NULL,
	`target` text NOT NULL,
	`detail` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_community_at_idx` ON `audit_log` (`platform`,`community`,`at`);--> statement-breakpoint
CREATE TABLE `community_settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`community_id` text NOT NULL,
	`settings` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `community_settings_platform_community_unique` ON `community_settings` (`platform`,`community_id`);--> statement-breakpoint
CREATE TABLE `faq_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`criteria` text DEFAULT '[]' NOT NULL,
	`owner` text,
	`review_by` text,
	`status` text DEFAULT 'published' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `faq_entries_slug_unique` ON `faq_entries` (`slug`);--> statement-breakpoint
CREATE INDEX `faq_entries_status_review_by_idx` ON `faq_entries` (`status`,`review_by`);--> statement-breakpoint
CREATE TABLE `faq_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`version` integer NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`aliases` text NOT NULL,
	`tags` text NOT NULL,
	`sources` text NOT NULL,
	`criteria` text NOT NULL,
	`review_by` text,
	`changed_by` text NOT NULL,
	`changed_at` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `faq_entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `faq_revisions_entry_version_unique` ON `faq_revisions` (`entry_id`,`version`);--> statement-breakpoint
CREATE TABLE `faq_suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`platform` text NOT NULL,
	`community_id` text NOT NULL,
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
CREATE INDEX `faq_suggestions_status_created_idx` ON `faq_suggestions` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `faq_suggestions_message_link_idx` ON `faq_suggestions` (`message_link`);