CREATE TABLE `channel_answer_times` (
	`platform` text NOT NULL,
	`community_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`last_answered_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channel_answer_times_channel_unique` ON `channel_answer_times` (`platform`,`community_id`,`channel_id`);--> statement-breakpoint
CREATE TABLE `thread_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reply_id` text NOT NULL,
	`platform` text NOT NULL,
	`community_id` text NOT NULL,
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
CREATE UNIQUE INDEX `thread_answers_thread_unique` ON `thread_answers` (`platform`,`community_id`,`thread_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `thread_answers_reply_id_unique` ON `thread_answers` (`reply_id`);--> statement-breakpoint
CREATE INDEX `thread_answers_community_idx` ON `thread_answers` (`platform`,`community_id`);--> statement-breakpoint
CREATE TABLE `thread_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`answer_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`verdict` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`answer_id`) REFERENCES `thread_answers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `thread_feedback_answer_user_unique` ON `thread_feedback` (`answer_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `unanswered_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`community_id` text NOT NULL,
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
CREATE UNIQUE INDEX `unanswered_questions_message_unique` ON `unanswered_questions` (`platform`,`community_id`,`message_id`);--> statement-breakpoint
CREATE INDEX `unanswered_questions_community_idx` ON `unanswered_questions` (`platform`,`community_id`,`normalised_text`);