CREATE TABLE `aggregate_score` (
	`forecast_id` text PRIMARY KEY NOT NULL,
	`final_brier` real NOT NULL,
	`final_log_score` real NOT NULL,
	`time_averaged_brier` real NOT NULL,
	`time_averaged_log_score` real NOT NULL,
	`members` integer NOT NULL,
	`outcome_known_at` integer NOT NULL,
	`matured` integer NOT NULL,
	`confidence` text,
	`report_id` text,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `aggregate_score_known_idx` ON `aggregate_score` (`outcome_known_at`);