CREATE TABLE "aggregate_statement" (
	"forecast_id" text NOT NULL,
	"scenario_id" text NOT NULL,
	"tenths" integer NOT NULL,
	"outcome" integer NOT NULL,
	"outcome_known_at" bigint NOT NULL,
	"matured" boolean NOT NULL,
	"confidence" text,
	"report_id" text,
	CONSTRAINT "aggregate_statement_forecast_id_scenario_id_pk" PRIMARY KEY("forecast_id","scenario_id")
);
--> statement-breakpoint
CREATE TABLE "score_tally" (
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"month" integer NOT NULL,
	"matured" boolean NOT NULL,
	"analyst_id" text NOT NULL,
	"n" integer NOT NULL,
	"sum_final_brier" double precision NOT NULL,
	"sum_time_averaged_brier" double precision NOT NULL,
	"sum_relative_brier" double precision NOT NULL,
	"sum_final_log_score" double precision NOT NULL,
	CONSTRAINT "score_tally_dim_key_month_matured_analyst_id_pk" PRIMARY KEY("dim","key","month","matured","analyst_id")
);
--> statement-breakpoint
CREATE TABLE "statement_tally" (
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"month" integer NOT NULL,
	"matured" boolean NOT NULL,
	"tenths" integer NOT NULL,
	"outcome" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "statement_tally_dim_key_month_matured_tenths_outcome_pk" PRIMARY KEY("dim","key","month","matured","tenths","outcome")
);
--> statement-breakpoint
CREATE TABLE "trend_tally" (
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"month" integer NOT NULL,
	"matured" boolean NOT NULL,
	"decile" integer NOT NULL,
	"n" integer NOT NULL,
	"hits" integer NOT NULL,
	"sum_p" double precision NOT NULL,
	"sum_squared_error" double precision NOT NULL,
	CONSTRAINT "trend_tally_dim_key_month_matured_decile_pk" PRIMARY KEY("dim","key","month","matured","decile")
);
--> statement-breakpoint
ALTER TABLE "aggregate_statement" ADD CONSTRAINT "aggregate_statement_forecast_id_forecast_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecast"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aggregate_statement" ADD CONSTRAINT "aggregate_statement_scenario_id_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenario"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aggregate_statement_known_idx" ON "aggregate_statement" USING btree ("outcome_known_at");--> statement-breakpoint
-- Fill the tallies from the statements and scores already stored (hand-written). Monthly rows, then all-time rows (month 0), then the trend's.
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT 'all', '', cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s  
  GROUP BY cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'all', '', cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s  
  GROUP BY cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'all', '', cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s  
  GROUP BY cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured;
--> statement-breakpoint
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT 'confidence', s.confidence, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s  where s.confidence is not null
  GROUP BY s.confidence, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'confidence', s.confidence, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s  where s.confidence is not null
  GROUP BY s.confidence, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'confidence', s.confidence, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s  where s.confidence is not null
  GROUP BY s.confidence, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured;
--> statement-breakpoint
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT 'all', '', 0, s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s  
  GROUP BY s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'all', '', 0, s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s  
  GROUP BY s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'all', '', 0, s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s  
  GROUP BY s.matured;
--> statement-breakpoint
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT 'tag', ft.tag, 0, s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s join forecast_tag ft on ft.forecast_id = s.forecast_id 
  GROUP BY ft.tag, s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'tag', ft.tag, 0, s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s join forecast_tag ft on ft.forecast_id = s.forecast_id 
  GROUP BY ft.tag, s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'tag', ft.tag, 0, s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s join forecast_tag ft on ft.forecast_id = s.forecast_id 
  GROUP BY ft.tag, s.matured;
--> statement-breakpoint
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT 'confidence', s.confidence, 0, s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s  where s.confidence is not null
  GROUP BY s.confidence, s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'confidence', s.confidence, 0, s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s  where s.confidence is not null
  GROUP BY s.confidence, s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'confidence', s.confidence, 0, s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s  where s.confidence is not null
  GROUP BY s.confidence, s.matured;
--> statement-breakpoint
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT 'report', s.report_id, 0, s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s  where s.report_id is not null
  GROUP BY s.report_id, s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'report', s.report_id, 0, s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s  where s.report_id is not null
  GROUP BY s.report_id, s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'report', s.report_id, 0, s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s  where s.report_id is not null
  GROUP BY s.report_id, s.matured;
--> statement-breakpoint
INSERT INTO trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error)
  SELECT 'all', '', cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end, count(*), sum(s.outcome), sum(s.tenths / 1000.0), sum((s.tenths / 1000.0 - s.outcome) * (s.tenths / 1000.0 - s.outcome)) FROM probability_statement s  
  GROUP BY cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end;
--> statement-breakpoint
INSERT INTO trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error)
  SELECT 'tag', ft.tag, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end, count(*), sum(s.outcome), sum(s.tenths / 1000.0), sum((s.tenths / 1000.0 - s.outcome) * (s.tenths / 1000.0 - s.outcome)) FROM probability_statement s join forecast_tag ft on ft.forecast_id = s.forecast_id 
  GROUP BY ft.tag, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end;
--> statement-breakpoint
INSERT INTO trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error)
  SELECT 'confidence', s.confidence, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end, count(*), sum(s.outcome), sum(s.tenths / 1000.0), sum((s.tenths / 1000.0 - s.outcome) * (s.tenths / 1000.0 - s.outcome)) FROM probability_statement s  where s.confidence is not null
  GROUP BY s.confidence, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end;
--> statement-breakpoint
INSERT INTO trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error)
  SELECT 'report', s.report_id, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end, count(*), sum(s.outcome), sum(s.tenths / 1000.0), sum((s.tenths / 1000.0 - s.outcome) * (s.tenths / 1000.0 - s.outcome)) FROM probability_statement s  where s.report_id is not null
  GROUP BY s.report_id, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end;
