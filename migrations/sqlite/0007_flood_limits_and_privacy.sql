CREATE TABLE `faq_suggestion_supporters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`suggestion_id` integer NOT NULL,
	`platform` text NOT NULL,
	`member_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`suggestion_id`) REFERENCES `faq_suggestions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `faq_suggestion_supporters_unique` ON `faq_suggestion_supporters` (`suggestion_id`,`platform`,`member_id`);--> statement-breakpoint
CREATE TABLE `member_activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` text NOT NULL,
	`platform` text NOT NULL,
	`space_id` text NOT NULL,
	`member_id` text NOT NULL,
	`kind` text NOT NULL,
	`event_key` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_activity_event_unique` ON `member_activity` (`community_id`,`platform`,`member_id`,`event_key`);--> statement-breakpoint
CREATE INDEX `member_activity_member_kind_at_idx` ON `member_activity` (`community_id`,`platform`,`member_id`,`kind`,`at`);--> statement-breakpoint
CREATE INDEX `member_activity_at_idx` ON `member_activity` (`at`);--> statement-breakpoint
ALTER TABLE `faq_suggestions` ADD `normalised_question` text;--> statement-breakpoint
CREATE INDEX `faq_suggestions_community_wording_idx` ON `faq_suggestions` (`community_id`,`status`,`normalised_question`);--> statement-breakpoint
CREATE INDEX `thread_answers_community_created_idx` ON `thread_answers` (`community_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `thread_feedback_created_idx` ON `thread_feedback` (`created_at`);--> statement-breakpoint
CREATE INDEX `thread_offer_clicks_created_idx` ON `thread_offer_clicks` (`created_at`);--> statement-breakpoint
CREATE INDEX `unanswered_questions_community_created_idx` ON `unanswered_questions` (`community_id`,`created_at`);