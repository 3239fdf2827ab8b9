CREATE TABLE "tag_count" (
	"tag" text PRIMARY KEY NOT NULL,
	"forecasts" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "event_occurred_idx";--> statement-breakpoint
DROP INDEX "forecast_tag_tag_idx";--> statement-breakpoint
DROP INDEX "prediction_forecast_idx";--> statement-breakpoint
ALTER TABLE "forecast" ADD COLUMN "state" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "forecast_tag" ADD COLUMN "created_at" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "deactivated_at" bigint;--> statement-breakpoint
CREATE INDEX "forecast_state_created_idx" ON "forecast" USING btree ("state","created_at","id");--> statement-breakpoint
CREATE INDEX "event_occurred_idx" ON "event" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "forecast_tag_tag_idx" ON "forecast_tag" USING btree ("tag","created_at","forecast_id");--> statement-breakpoint
CREATE INDEX "prediction_forecast_idx" ON "prediction" USING btree ("forecast_id","created_at","id");--> statement-breakpoint
-- Written by hand: what the filters and the word search read is kept by the database itself, so
-- it stays right whatever program writes (the app, the import, a script).
UPDATE forecast_tag SET created_at = forecast.created_at FROM forecast WHERE forecast.id = forecast_tag.forecast_id;
--> statement-breakpoint
UPDATE forecast SET state = CASE WHEN resolution.annulled THEN 'annulled' ELSE 'resolved' END FROM resolution WHERE resolution.forecast_id = forecast.id;
--> statement-breakpoint
INSERT INTO tag_count (tag, forecasts) SELECT tag, count(*) FROM forecast_tag GROUP BY tag;
--> statement-breakpoint
CREATE FUNCTION signpost_count_tag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO tag_count (tag, forecasts) VALUES (NEW.tag, 1) ON CONFLICT (tag) DO UPDATE SET forecasts = tag_count.forecasts + 1;
  ELSE
    UPDATE tag_count SET forecasts = forecasts - 1 WHERE tag = OLD.tag;
    DELETE FROM tag_count WHERE tag = OLD.tag AND forecasts <= 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER forecast_tag_count AFTER INSERT OR DELETE ON forecast_tag
  FOR EACH ROW EXECUTE FUNCTION signpost_count_tag();
--> statement-breakpoint
CREATE FUNCTION signpost_forecast_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE forecast SET state = 'open' WHERE id = OLD.forecast_id;
  ELSE
    UPDATE forecast SET state = CASE WHEN NEW.annulled THEN 'annulled' ELSE 'resolved' END WHERE id = NEW.forecast_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER resolution_state AFTER INSERT OR UPDATE OR DELETE ON resolution
  FOR EACH ROW EXECUTE FUNCTION signpost_forecast_state();
--> statement-breakpoint
-- Word search: the same words as SQLite's FTS5 index ('simple': lower case, no stemming, accents kept).
CREATE INDEX forecast_search_idx ON forecast USING gin (to_tsvector('simple', title || ' ' || statement));
--> statement-breakpoint
CREATE INDEX event_search_idx ON event USING gin (to_tsvector('simple', title || ' ' || description));
