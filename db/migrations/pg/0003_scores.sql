CREATE TABLE "forecast_score" (
	"forecast_id" text NOT NULL,
	"analyst_id" text NOT NULL,
	"final_prediction_id" text NOT NULL,
	"final_brier" double precision NOT NULL,
	"final_log_score" double precision NOT NULL,
	"time_averaged_brier" double precision NOT NULL,
	"time_averaged_log_score" double precision NOT NULL,
	"relative_brier" double precision NOT NULL,
	"scored_predictions" integer NOT NULL,
	"late_predictions" integer NOT NULL,
	"outcome_known_at" bigint NOT NULL,
	"matured" boolean NOT NULL,
	"confidence" text,
	"report_id" text,
	CONSTRAINT "forecast_score_forecast_id_analyst_id_pk" PRIMARY KEY("forecast_id","analyst_id")
);
--> statement-breakpoint
CREATE TABLE "probability_statement" (
	"forecast_id" text NOT NULL,
	"analyst_id" text NOT NULL,
	"scenario_id" text NOT NULL,
	"tenths" integer NOT NULL,
	"outcome" integer NOT NULL,
	"outcome_known_at" bigint NOT NULL,
	"matured" boolean NOT NULL,
	"confidence" text,
	"report_id" text,
	CONSTRAINT "probability_statement_forecast_id_analyst_id_scenario_id_pk" PRIMARY KEY("forecast_id","analyst_id","scenario_id"),
	CONSTRAINT "probability_statement_outcome_binary" CHECK ("probability_statement"."outcome" in (0, 1))
);
--> statement-breakpoint
CREATE TABLE "resolution_event" (
	"forecast_id" text NOT NULL,
	"event_id" text NOT NULL,
	CONSTRAINT "resolution_event_forecast_id_event_id_pk" PRIMARY KEY("forecast_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "forecast_score" ADD CONSTRAINT "forecast_score_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_score" ADD CONSTRAINT "forecast_score_analyst_id_user_id_fk" FOREIGN KEY ("analyst_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probability_statement" ADD CONSTRAINT "probability_statement_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probability_statement" ADD CONSTRAINT "probability_statement_analyst_id_user_id_fk" FOREIGN KEY ("analyst_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probability_statement" ADD CONSTRAINT "probability_statement_scenario_id_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenario"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_event" ADD CONSTRAINT "resolution_event_forecast_id_resolution_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."resolution"("forecast_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_event" ADD CONSTRAINT "resolution_event_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forecast_score_analyst_idx" ON "forecast_score" USING btree ("analyst_id","outcome_known_at");--> statement-breakpoint
CREATE INDEX "forecast_score_known_idx" ON "forecast_score" USING btree ("outcome_known_at");--> statement-breakpoint
CREATE INDEX "probability_statement_analyst_idx" ON "probability_statement" USING btree ("analyst_id","outcome_known_at");--> statement-breakpoint
CREATE INDEX "probability_statement_known_idx" ON "probability_statement" USING btree ("outcome_known_at");