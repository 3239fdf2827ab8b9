-- History is append-only whatever code talks to the database (SPEC §2): predictions, their
-- probabilities and the audit log refuse every update, delete and truncate, and a forecast that
-- the audit log speaks of can't be deleted.
CREATE FUNCTION signpost_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: its rows can be neither changed nor deleted', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER prediction_append_only BEFORE UPDATE OR DELETE ON prediction
  FOR EACH ROW EXECUTE FUNCTION signpost_refuse_change();
--> statement-breakpoint
CREATE TRIGGER prediction_no_truncate BEFORE TRUNCATE ON prediction
  FOR EACH STATEMENT EXECUTE FUNCTION signpost_refuse_change();
--> statement-breakpoint
CREATE TRIGGER prediction_probability_append_only BEFORE UPDATE OR DELETE ON prediction_probability
  FOR EACH ROW EXECUTE FUNCTION signpost_refuse_change();
--> statement-breakpoint
CREATE TRIGGER prediction_probability_no_truncate BEFORE TRUNCATE ON prediction_probability
  FOR EACH STATEMENT EXECUTE FUNCTION signpost_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION signpost_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION signpost_refuse_change();
--> statement-breakpoint
CREATE FUNCTION signpost_refuse_audited_forecast_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM audit_log WHERE entity = 'forecast' AND entity_id = OLD.id) THEN
    RAISE EXCEPTION 'a forecast with a history in the audit log can''t be deleted'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER forecast_no_delete_audited BEFORE DELETE ON forecast
  FOR EACH ROW EXECUTE FUNCTION signpost_refuse_audited_forecast_delete();
