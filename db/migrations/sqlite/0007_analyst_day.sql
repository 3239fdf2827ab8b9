CREATE TABLE `comment` (
	`id` text PRIMARY KEY NOT NULL,
	`forecast_id` text NOT NULL,
	`author_id` text NOT NULL,
	`reply_to` text,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`edited_at` integer,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reply_to`) REFERENCES `comment`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `comment_forecast_idx` ON `comment` (`forecast_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `forecast_version` (
	`forecast_id` text NOT NULL,
	`version` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`reason` text NOT NULL,
	`changes` text NOT NULL,
	PRIMARY KEY(`forecast_id`, `version`),
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `inbox_item` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`forecast_id` text,
	`at` integer NOT NULL,
	`text` text NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `inbox_item_user_idx` ON `inbox_item` (`user_id`,`at`,`id`);--> statement-breakpoint
CREATE TABLE `inbox_read` (
	`user_id` text NOT NULL,
	`item_id` text NOT NULL,
	`read_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `item_id`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `forecast` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `team` ADD `stale_days` integer DEFAULT 30 NOT NULL;