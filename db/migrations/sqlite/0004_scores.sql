CREATE TABLE `forecast_score` (
	`forecast_id` text NOT NULL,
	`analyst_id` text NOT NULL,
	`final_prediction_id` text NOT NULL,
	`final_brier` real NOT NULL,
	`final_log_score` real NOT NULL,
	`time_averaged_brier` real NOT NULL,
	`time_averaged_log_score` real NOT NULL,
	`relative_brier` real NOT NULL,
	`scored_predictions` integer NOT NULL,
	`late_predictions` integer NOT NULL,
	`outcome_known_at` integer NOT NULL,
	`matured` integer NOT NULL,
	`confidence` text,
	`report_id` text,
	PRIMARY KEY(`forecast_id`, `analyst_id`),
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`analyst_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `forecast_score_analyst_idx` ON `forecast_score` (`analyst_id`,`outcome_known_at`);--> statement-breakpoint
CREATE INDEX `forecast_score_known_idx` ON `forecast_score` (`outcome_known_at`);--> statement-breakpoint
CREATE TABLE `probability_statement` (
	`forecast_id` text NOT NULL,
	`analyst_id` text NOT NULL,
	`scenario_id` text NOT NULL,
	`tenths` integer NOT NULL,
	`outcome` integer NOT NULL,
	`outcome_known_at` integer NOT NULL,
	`matured` integer NOT NULL,
	`confidence` text,
	`report_id` text,
	PRIMARY KEY(`forecast_id`, `analyst_id`, `scenario_id`),
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`analyst_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenario`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "probability_statement_outcome_binary" CHECK("probability_statement"."outcome" in (0, 1))
);
--> statement-breakpoint
CREATE INDEX `probability_statement_analyst_idx` ON `probability_statement` (`analyst_id`,`outcome_known_at`);--> statement-breakpoint
CREATE INDEX `probability_statement_known_idx` ON `probability_statement` (`outcome_known_at`);--> statement-breakpoint
CREATE TABLE `resolution_event` (
	`forecast_id` text NOT NULL,
	`event_id` text NOT NULL,
	PRIMARY KEY(`forecast_id`, `event_id`),
	FOREIGN KEY (`forecast_id`) REFERENCES `resolution`(`forecast_id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`event_id`) REFERENCES `event`(`id`) ON UPDATE no action ON DELETE restrict
);
