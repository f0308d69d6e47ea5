ALTER TABLE `thread_answers` ADD `claimed_by` text;--> statement-breakpoint
ALTER TABLE `thread_answers` ADD `lease_expires_at` text;