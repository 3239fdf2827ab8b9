CREATE TABLE "aggregate_score" (
	"forecast_id" text PRIMARY KEY NOT NULL,
	"final_brier" double precision NOT NULL,
	"final_log_score" double precision NOT NULL,
	"time_averaged_brier" double precision NOT NULL,
	"time_averaged_log_score" double precision NOT NULL,
	"members" integer NOT NULL,
	"outcome_known_at" bigint NOT NULL,
	"matured" boolean NOT NULL,
	"confidence" text,
	"report_id" text
);
--> statement-breakpoint
ALTER TABLE "aggregate_score" ADD CONSTRAINT "aggregate_score_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aggregate_score_known_idx" ON "aggregate_score" USING btree ("outcome_known_at");