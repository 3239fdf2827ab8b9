CREATE TABLE `tag_count` (
	`tag` text PRIMARY KEY NOT NULL,
	`forecasts` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `event_occurred_idx`;--> statement-breakpoint
CREATE INDEX `event_occurred_idx` ON `event` (`occurred_at`,`id`);--> statement-breakpoint
DROP INDEX `forecast_tag_tag_idx`;--> statement-breakpoint
ALTER TABLE `forecast_tag` ADD `created_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `forecast_tag_tag_idx` ON `forecast_tag` (`tag`,`created_at`,`forecast_id`);--> statement-breakpoint
DROP INDEX `prediction_forecast_idx`;--> statement-breakpoint
CREATE INDEX `prediction_forecast_idx` ON `prediction` (`forecast_id`,`created_at`,`id`);--> statement-breakpoint
ALTER TABLE `forecast` ADD `state` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
CREATE INDEX `forecast_state_created_idx` ON `forecast` (`state`,`created_at`,`id`);--> statement-breakpoint
ALTER TABLE `user` ADD `deactivated_at` integer;--> statement-breakpoint
-- Written by hand: what the filters and the word search read is kept by the database itself, so
-- it stays right whatever program writes (the app, the import, a script).
UPDATE `forecast_tag` SET `created_at` = (SELECT `created_at` FROM `forecast` WHERE `forecast`.`id` = `forecast_tag`.`forecast_id`);
--> statement-breakpoint
UPDATE `forecast` SET `state` = (SELECT CASE WHEN `annulled` THEN 'annulled' ELSE 'resolved' END FROM `resolution` WHERE `resolution`.`forecast_id` = `forecast`.`id`)
WHERE EXISTS (SELECT 1 FROM `resolution` WHERE `resolution`.`forecast_id` = `forecast`.`id`);
--> statement-breakpoint
INSERT INTO `tag_count` (`tag`, `forecasts`) SELECT `tag`, count(*) FROM `forecast_tag` GROUP BY `tag`;
--> statement-breakpoint
CREATE TRIGGER `forecast_tag_count_insert` AFTER INSERT ON `forecast_tag`
BEGIN INSERT INTO `tag_count` (`tag`, `forecasts`) VALUES (NEW.`tag`, 1) ON CONFLICT (`tag`) DO UPDATE SET `forecasts` = `forecasts` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `forecast_tag_count_delete` AFTER DELETE ON `forecast_tag`
BEGIN
  UPDATE `tag_count` SET `forecasts` = `forecasts` - 1 WHERE `tag` = OLD.`tag`;
  DELETE FROM `tag_count` WHERE `tag` = OLD.`tag` AND `forecasts` <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `resolution_state_insert` AFTER INSERT ON `resolution`
BEGIN UPDATE `forecast` SET `state` = CASE WHEN NEW.`annulled` THEN 'annulled' ELSE 'resolved' END WHERE `id` = NEW.`forecast_id`; END;
--> statement-breakpoint
CREATE TRIGGER `resolution_state_update` AFTER UPDATE ON `resolution`
BEGIN UPDATE `forecast` SET `state` = CASE WHEN NEW.`annulled` THEN 'annulled' ELSE 'resolved' END WHERE `id` = NEW.`forecast_id`; END;
--> statement-breakpoint
CREATE TRIGGER `resolution_state_delete` AFTER DELETE ON `resolution`
BEGIN UPDATE `forecast` SET `state` = 'open' WHERE `id` = OLD.`forecast_id`; END;
--> statement-breakpoint
-- Word search. The index keeps its own copy of the text, keyed by id: a table whose key is not an
-- INTEGER PRIMARY KEY may get new rowids on VACUUM, which would silently break an index that
-- pointed at them. Accents are kept (remove_diacritics 0), as PostgreSQL's 'simple' configuration does.
CREATE VIRTUAL TABLE `forecast_search` USING fts5(`forecast_id` UNINDEXED, `title`, `statement`, tokenize = 'unicode61 remove_diacritics 0');
--> statement-breakpoint
INSERT INTO `forecast_search` (`forecast_id`, `title`, `statement`) SELECT `id`, `title`, `statement` FROM `forecast`;
--> statement-breakpoint
CREATE TRIGGER `forecast_search_insert` AFTER INSERT ON `forecast`
BEGIN INSERT INTO `forecast_search` (`forecast_id`, `title`, `statement`) VALUES (NEW.`id`, NEW.`title`, NEW.`statement`); END;
--> statement-breakpoint
CREATE TRIGGER `forecast_search_update` AFTER UPDATE OF `title`, `statement` ON `forecast`
BEGIN
  DELETE FROM `forecast_search` WHERE `forecast_id` = OLD.`id`;
  INSERT INTO `forecast_search` (`forecast_id`, `title`, `statement`) VALUES (NEW.`id`, NEW.`title`, NEW.`statement`);
END;
--> statement-breakpoint
CREATE TRIGGER `forecast_search_delete` AFTER DELETE ON `forecast`
BEGIN DELETE FROM `forecast_search` WHERE `forecast_id` = OLD.`id`; END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `event_search` USING fts5(`event_id` UNINDEXED, `title`, `description`, tokenize = 'unicode61 remove_diacritics 0');
--> statement-breakpoint
INSERT INTO `event_search` (`event_id`, `title`, `description`) SELECT `id`, `title`, `description` FROM `event`;
--> statement-breakpoint
CREATE TRIGGER `event_search_insert` AFTER INSERT ON `event`
BEGIN INSERT INTO `event_search` (`event_id`, `title`, `description`) VALUES (NEW.`id`, NEW.`title`, NEW.`description`); END;
--> statement-breakpoint
CREATE TRIGGER `event_search_update` AFTER UPDATE OF `title`, `description` ON `event`
BEGIN
  DELETE FROM `event_search` WHERE `event_id` = OLD.`id`;
  INSERT INTO `event_search` (`event_id`, `title`, `description`) VALUES (NEW.`id`, NEW.`title`, NEW.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `event_search_delete` AFTER DELETE ON `event`
BEGIN DELETE FROM `event_search` WHERE `event_id` = OLD.`id`; END;
