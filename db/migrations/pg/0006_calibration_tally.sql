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
-- Fill the tallies from the statements and scores already stored (hand-written).
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
  SELECT 'tag', ft.tag, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s join forecast_tag ft on ft.forecast_id = s.forecast_id 
  GROUP BY ft.tag, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'tag', ft.tag, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s join forecast_tag ft on ft.forecast_id = s.forecast_id 
  GROUP BY ft.tag, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'tag', ft.tag, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s join forecast_tag ft on ft.forecast_id = s.forecast_id 
  GROUP BY ft.tag, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured;
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
  SELECT 'report', s.report_id, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s  where s.report_id is not null
  GROUP BY s.report_id, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'report', s.report_id, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s  where s.report_id is not null
  GROUP BY s.report_id, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'report', s.report_id, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s  where s.report_id is not null
  GROUP BY s.report_id, cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer), s.matured;
