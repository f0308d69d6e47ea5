CREATE TABLE `faq_wording_demotions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` text NOT NULL,
	`normalised_text` text NOT NULL,
	`slug` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `faq_wording_demotions_unique` ON `faq_wording_demotions` (`community_id`,`normalised_text`,`slug`);--> statement-breakpoint
CREATE TABLE `thread_offer_clicks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`answer_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`slug` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`answer_id`) REFERENCES `thread_answers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `thread_offer_clicks_answer_user_slug_unique` ON `thread_offer_clicks` (`answer_id`,`user_id`,`slug`);--> statement-breakpoint
ALTER TABLE `thread_answers` ADD `question_text` text;--> statement-breakpoint
ALTER TABLE `thread_answers` ADD `offered_slugs` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `unanswered_questions` ADD `taught_slug` text;--> statement-breakpoint
ALTER TABLE `unanswered_questions` ADD `taught_at` text;