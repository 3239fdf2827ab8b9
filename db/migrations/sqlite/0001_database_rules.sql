CREATE TABLE `rate_limit` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`count` integer NOT NULL,
	`last_request` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rate_limit_key_unique` ON `rate_limit` (`key`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_event_link` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`indicator_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `event`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_event_link`("id", "event_id", "indicator_id", "note", "created_by", "created_at") SELECT "id", "event_id", "indicator_id", "note", "created_by", "created_at" FROM `event_link`;--> statement-breakpoint
DROP TABLE `event_link`;--> statement-breakpoint
ALTER TABLE `__new_event_link` RENAME TO `event_link`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `event_link_pair_idx` ON `event_link` (`event_id`,`indicator_id`);--> statement-breakpoint
CREATE INDEX `event_link_indicator_idx` ON `event_link` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `__new_event` (
	`id` text PRIMARY KEY NOT NULL,
	`occurred_at` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`source_url` text,
	`source_reliability` text,
	`info_credibility` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "event_info_credibility_range" CHECK("__new_event"."info_credibility" between 1 and 6)
);
--> statement-breakpoint
INSERT INTO `__new_event`("id", "occurred_at", "title", "description", "source_url", "source_reliability", "info_credibility", "created_by", "created_at") SELECT "id", "occurred_at", "title", "description", "source_url", "source_reliability", "info_credibility", "created_by", "created_at" FROM `event`;--> statement-breakpoint
DROP TABLE `event`;--> statement-breakpoint
ALTER TABLE `__new_event` RENAME TO `event`;--> statement-breakpoint
CREATE INDEX `event_occurred_idx` ON `event` (`occurred_at`);--> statement-breakpoint
CREATE TABLE `__new_forecast` (
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
	FOREIGN KEY (`team_id`) REFERENCES `team`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`report_id`) REFERENCES `report`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_forecast`("id", "title", "statement", "resolution_criteria", "closes_at", "created_at", "confidence", "team_id", "author_id", "report_id", "excerpt") SELECT "id", "title", "statement", "resolution_criteria", "closes_at", "created_at", "confidence", "team_id", "author_id", "report_id", "excerpt" FROM `forecast`;--> statement-breakpoint
DROP TABLE `forecast`;--> statement-breakpoint
ALTER TABLE `__new_forecast` RENAME TO `forecast`;--> statement-breakpoint
CREATE INDEX `forecast_created_idx` ON `forecast` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `forecast_author_idx` ON `forecast` (`author_id`);--> statement-breakpoint
CREATE INDEX `forecast_report_idx` ON `forecast` (`report_id`);--> statement-breakpoint
CREATE TABLE `__new_forecast_tag` (
	`forecast_id` text NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`forecast_id`, `tag`),
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_forecast_tag`("forecast_id", "tag") SELECT "forecast_id", "tag" FROM `forecast_tag`;--> statement-breakpoint
DROP TABLE `forecast_tag`;--> statement-breakpoint
ALTER TABLE `__new_forecast_tag` RENAME TO `forecast_tag`;--> statement-breakpoint
CREATE INDEX `forecast_tag_tag_idx` ON `forecast_tag` (`tag`);--> statement-breakpoint
CREATE TABLE `__new_indicator` (
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
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenario`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "indicator_likelihood_ratio_above_one" CHECK("__new_indicator"."likelihood_ratio" > 1)
);
--> statement-breakpoint
INSERT INTO `__new_indicator`("id", "forecast_id", "scenario_id", "description", "direction", "likelihood_ratio", "expected_by", "created_by", "created_at", "retired_at") SELECT "id", "forecast_id", "scenario_id", "description", "direction", "likelihood_ratio", "expected_by", "created_by", "created_at", "retired_at" FROM `indicator`;--> statement-breakpoint
DROP TABLE `indicator`;--> statement-breakpoint
ALTER TABLE `__new_indicator` RENAME TO `indicator`;--> statement-breakpoint
CREATE INDEX `indicator_forecast_idx` ON `indicator` (`forecast_id`);--> statement-breakpoint
CREATE TABLE `__new_prediction` (
	`id` text PRIMARY KEY NOT NULL,
	`forecast_id` text NOT NULL,
	`analyst_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`analyst_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_prediction`("id", "forecast_id", "analyst_id", "created_at", "rationale") SELECT "id", "forecast_id", "analyst_id", "created_at", "rationale" FROM `prediction`;--> statement-breakpoint
DROP TABLE `prediction`;--> statement-breakpoint
ALTER TABLE `__new_prediction` RENAME TO `prediction`;--> statement-breakpoint
CREATE INDEX `prediction_forecast_idx` ON `prediction` (`forecast_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `prediction_analyst_idx` ON `prediction` (`analyst_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `prediction_id_forecast_key` ON `prediction` (`id`,`forecast_id`);--> statement-breakpoint
CREATE TABLE `__new_prediction_probability` (
	`prediction_id` text NOT NULL,
	`forecast_id` text NOT NULL,
	`scenario_id` text NOT NULL,
	`tenths` integer NOT NULL,
	PRIMARY KEY(`prediction_id`, `scenario_id`),
	FOREIGN KEY (`prediction_id`,`forecast_id`) REFERENCES `prediction`(`id`,`forecast_id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`scenario_id`,`forecast_id`) REFERENCES `scenario`(`id`,`forecast_id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "prediction_probability_tenths_range" CHECK("__new_prediction_probability"."tenths" between 1 and 999)
);
--> statement-breakpoint
INSERT INTO `__new_prediction_probability`("prediction_id", "forecast_id", "scenario_id", "tenths") SELECT pp."prediction_id", p."forecast_id", pp."scenario_id", pp."tenths" FROM `prediction_probability` pp JOIN `prediction` p ON p."id" = pp."prediction_id";--> statement-breakpoint
DROP TABLE `prediction_probability`;--> statement-breakpoint
ALTER TABLE `__new_prediction_probability` RENAME TO `prediction_probability`;--> statement-breakpoint
CREATE INDEX `prediction_probability_scenario_idx` ON `prediction_probability` (`scenario_id`,`forecast_id`);--> statement-breakpoint
CREATE TABLE `__new_report` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`authors` text DEFAULT '' NOT NULL,
	`published_at` text NOT NULL,
	`url` text,
	`body` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_report`("id", "title", "authors", "published_at", "url", "body", "created_by", "created_at") SELECT "id", "title", "authors", "published_at", "url", "body", "created_by", "created_at" FROM `report`;--> statement-breakpoint
DROP TABLE `report`;--> statement-breakpoint
ALTER TABLE `__new_report` RENAME TO `report`;--> statement-breakpoint
CREATE TABLE `__new_resolution` (
	`forecast_id` text PRIMARY KEY NOT NULL,
	`outcome_scenario_id` text,
	`annulled` integer DEFAULT false NOT NULL,
	`outcome_known_at` integer NOT NULL,
	`rationale` text NOT NULL,
	`resolver_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resolver_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`outcome_scenario_id`,`forecast_id`) REFERENCES `scenario`(`id`,`forecast_id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "resolution_annulled_or_outcome" CHECK(("__new_resolution"."annulled" = 1 and "__new_resolution"."outcome_scenario_id" is null) or ("__new_resolution"."annulled" = 0 and "__new_resolution"."outcome_scenario_id" is not null))
);
--> statement-breakpoint
INSERT INTO `__new_resolution`("forecast_id", "outcome_scenario_id", "annulled", "outcome_known_at", "rationale", "resolver_id", "created_at") SELECT "forecast_id", "outcome_scenario_id", "annulled", "outcome_known_at", "rationale", "resolver_id", "created_at" FROM `resolution`;--> statement-breakpoint
DROP TABLE `resolution`;--> statement-breakpoint
ALTER TABLE `__new_resolution` RENAME TO `resolution`;--> statement-breakpoint
CREATE TABLE `__new_scenario` (
	`id` text PRIMARY KEY NOT NULL,
	`forecast_id` text NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`baseline` integer NOT NULL,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_scenario`("id", "forecast_id", "position", "label", "description", "baseline") SELECT "id", "forecast_id", "position", "label", "description", "baseline" FROM `scenario`;--> statement-breakpoint
DROP TABLE `scenario`;--> statement-breakpoint
ALTER TABLE `__new_scenario` RENAME TO `scenario`;--> statement-breakpoint
CREATE UNIQUE INDEX `scenario_forecast_position_idx` ON `scenario` (`forecast_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `scenario_one_baseline_idx` ON `scenario` (`forecast_id`) WHERE baseline = 1;--> statement-breakpoint
CREATE UNIQUE INDEX `scenario_id_forecast_key` ON `scenario` (`id`,`forecast_id`);--> statement-breakpoint
CREATE TABLE `__new_audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "at", "actor_id", "action", "entity", "entity_id", "before", "after") SELECT "id", "at", "actor_id", "action", "entity", "entity_id", "before", "after" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`at`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_id`,`at`);