-- History is append-only whatever code talks to the database (SPEC §2): predictions, their
-- probabilities and the audit log refuse every update and delete, and a forecast that the audit
-- log speaks of can't be deleted.
CREATE TRIGGER `prediction_no_update` BEFORE UPDATE ON `prediction`
BEGIN SELECT RAISE(ABORT, 'predictions are append-only: they can be neither changed nor deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `prediction_no_delete` BEFORE DELETE ON `prediction`
BEGIN SELECT RAISE(ABORT, 'predictions are append-only: they can be neither changed nor deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `prediction_probability_no_update` BEFORE UPDATE ON `prediction_probability`
BEGIN SELECT RAISE(ABORT, 'predictions are append-only: their probabilities can be neither changed nor deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `prediction_probability_no_delete` BEFORE DELETE ON `prediction_probability`
BEGIN SELECT RAISE(ABORT, 'predictions are append-only: their probabilities can be neither changed nor deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `forecast_no_delete_audited` BEFORE DELETE ON `forecast`
WHEN EXISTS (SELECT 1 FROM `audit_log` WHERE `entity` = 'forecast' AND `entity_id` = OLD.`id`)
BEGIN SELECT RAISE(ABORT, 'a forecast with a history in the audit log can''t be deleted'); END;
