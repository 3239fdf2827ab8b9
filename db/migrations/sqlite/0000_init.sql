CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `account_user_idx` ON `account` (`user_id`);--> statement-breakpoint
CREATE TABLE `api_token` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_token_token_hash_unique` ON `api_token` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_token_user_idx` ON `api_token` (`user_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`at`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_id`,`at`);--> statement-breakpoint
CREATE TABLE `event_link` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`indicator_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `event`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_link_pair_idx` ON `event_link` (`event_id`,`indicator_id`);--> statement-breakpoint
CREATE INDEX `event_link_indicator_idx` ON `event_link` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `event` (
	`id` text PRIMARY KEY NOT NULL,
	`occurred_at` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`source_url` text,
	`source_reliability` text,
	`info_credibility` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_occurred_idx` ON `event` (`occurred_at`);--> statement-breakpoint
CREATE TABLE `forecast` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`statement` text NOT NULL,
	`resolution_criteria` text NOT NULL,
	`closes_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`confidence` text,
	`team_id` text,
	`author_id` text NOT NULL,
	`report_id` text,
	`excerpt` text,
	FOREIGN KEY (`team_id`) REFERENCES `team`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `report`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `forecast_created_idx` ON `forecast` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `forecast_author_idx` ON `forecast` (`author_id`);--> statement-breakpoint
CREATE INDEX `forecast_report_idx` ON `forecast` (`report_id`);--> statement-breakpoint
CREATE TABLE `forecast_tag` (
	`forecast_id` text NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`forecast_id`, `tag`),
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `forecast_tag_tag_idx` ON `forecast_tag` (`tag`);--> statement-breakpoint
CREATE TABLE `indicator` (
	`id` text PRIMARY KEY NOT NULL,
	`forecast_id` text NOT NULL,
	`scenario_id` text NOT NULL,
	`description` text NOT NULL,
	`direction` text NOT NULL,
	`likelihood_ratio` real NOT NULL,
	`expected_by` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`retired_at` integer,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenario`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicator_forecast_idx` ON `indicator` (`forecast_id`);--> statement-breakpoint
CREATE TABLE `prediction` (
	`id` text PRIMARY KEY NOT NULL,
	`forecast_id` text NOT NULL,
	`analyst_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`analyst_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `prediction_forecast_idx` ON `prediction` (`forecast_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `prediction_analyst_idx` ON `prediction` (`analyst_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `prediction_probability` (
	`prediction_id` text NOT NULL,
	`scenario_id` text NOT NULL,
	`tenths` integer NOT NULL,
	PRIMARY KEY(`prediction_id`, `scenario_id`),
	FOREIGN KEY (`prediction_id`) REFERENCES `prediction`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenario`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `report` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`authors` text DEFAULT '' NOT NULL,
	`published_at` text NOT NULL,
	`url` text,
	`body` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `resolution` (
	`forecast_id` text PRIMARY KEY NOT NULL,
	`outcome_scenario_id` text,
	`annulled` integer DEFAULT false NOT NULL,
	`outcome_known_at` integer NOT NULL,
	`rationale` text NOT NULL,
	`resolver_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outcome_scenario_id`) REFERENCES `scenario`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolver_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `scenario` (
	`id` text PRIMARY KEY NOT NULL,
	`forecast_id` text NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`baseline` integer NOT NULL,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenario_forecast_position_idx` ON `scenario` (`forecast_id`,`position`);--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`user_id` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_token_unique` ON `session` (`token`);--> statement-breakpoint
CREATE INDEX `session_user_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `setting` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `team` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `team_name_unique` ON `team` (`name`);--> statement-breakpoint
CREATE TABLE `team_member` (
	`team_id` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`team_id`, `user_id`),
	FOREIGN KEY (`team_id`) REFERENCES `team`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `team_member_user_idx` ON `team_member` (`user_id`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE TABLE `user_role` (
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`user_id`, `role`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `verification` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `verification_identifier_idx` ON `verification` (`identifier`);