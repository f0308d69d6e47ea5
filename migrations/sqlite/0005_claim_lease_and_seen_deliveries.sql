CREATE TABLE `seen_deliveries` (
	`platform` text NOT NULL,
	`delivery_id` text NOT NULL,
	`expires_at` text NOT NULL,
	PRIMARY KEY(`platform`, `delivery_id`)
);
--> statement-breakpoint
CREATE INDEX `seen_deliveries_expiry_idx` ON `seen_deliveries` (`expires_at`);--> statement-breakpoint
ALTER TABLE `thread_answers` ADD `claimed_by` text;--> statement-breakpoint
ALTER TABLE `thread_answers` ADD `lease_expires_at` text;--> statement-breakpoint
CREATE INDEX `thread_answers_open_lease_idx` ON `thread_answers` (`platform`,`lease_expires_at`) WHERE "thread_answers"."lease_expires_at" IS NOT NULL;