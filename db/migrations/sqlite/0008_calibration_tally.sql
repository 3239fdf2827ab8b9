CREATE TABLE `aggregate_statement` (
	`forecast_id` text NOT NULL,
	`scenario_id` text NOT NULL,
	`tenths` integer NOT NULL,
	`outcome` integer NOT NULL,
	`outcome_known_at` integer NOT NULL,
	`matured` integer NOT NULL,
	`confidence` text,
	`report_id` text,
	PRIMARY KEY(`forecast_id`, `scenario_id`),
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenario`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `aggregate_statement_known_idx` ON `aggregate_statement` (`outcome_known_at`);--> statement-breakpoint
CREATE TABLE `score_tally` (
	`dim` text NOT NULL,
	`key` text NOT NULL,
	`month` integer NOT NULL,
	`matured` integer NOT NULL,
	`analyst_id` text NOT NULL,
	`n` integer NOT NULL,
	`sum_final_brier` real NOT NULL,
	`sum_time_averaged_brier` real NOT NULL,
	`sum_relative_brier` real NOT NULL,
	`sum_final_log_score` real NOT NULL,
	PRIMARY KEY(`dim`, `key`, `month`, `matured`, `analyst_id`)
);
--> statement-breakpoint
CREATE TABLE `statement_tally` (
	`dim` text NOT NULL,
	`key` text NOT NULL,
	`month` integer NOT NULL,
	`matured` integer NOT NULL,
	`tenths` integer NOT NULL,
	`outcome` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`dim`, `key`, `month`, `matured`, `tenths`, `outcome`)
);
--> statement-breakpoint
CREATE TABLE `trend_tally` (
	`dim` text NOT NULL,
	`key` text NOT NULL,
	`month` integer NOT NULL,
	`matured` integer NOT NULL,
	`decile` integer NOT NULL,
	`n` integer NOT NULL,
	`hits` integer NOT NULL,
	`sum_p` real NOT NULL,
	`sum_squared_error` real NOT NULL,
	PRIMARY KEY(`dim`, `key`, `month`, `matured`, `decile`)
);
--> statement-breakpoint
-- Fill the tallies from the statements and scores already stored (hand-written). Monthly rows, then all-time rows (month 0), then the trend's.
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT 'all', '', cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s  
  GROUP BY cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'all', '', cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s  
  GROUP BY cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'all', '', cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s  
  GROUP BY cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured;
--> statement-breakpoint
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT 'confidence', s.confidence, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s  where s.confidence is not null
  GROUP BY s.confidence, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'confidence', s.confidence, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s  where s.confidence is not null
  GROUP BY s.confidence, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, s.analyst_id;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'confidence', s.confidence, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, '', count(*), sum(s.final_brier), sum(s.time_averaged_brier), 0, sum(s.final_log_score) FROM aggregate_score s  where s.confidence is not null
  GROUP BY s.confidence, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured;
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
  SELECT 'all', '', cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end, count(*), sum(s.outcome), sum(s.tenths / 1000.0), sum((s.tenths / 1000.0 - s.outcome) * (s.tenths / 1000.0 - s.outcome)) FROM probability_statement s  
  GROUP BY cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end;
--> statement-breakpoint
INSERT INTO trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error)
  SELECT 'tag', ft.tag, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end, count(*), sum(s.outcome), sum(s.tenths / 1000.0), sum((s.tenths / 1000.0 - s.outcome) * (s.tenths / 1000.0 - s.outcome)) FROM probability_statement s join forecast_tag ft on ft.forecast_id = s.forecast_id 
  GROUP BY ft.tag, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end;
--> statement-breakpoint
INSERT INTO trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error)
  SELECT 'confidence', s.confidence, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end, count(*), sum(s.outcome), sum(s.tenths / 1000.0), sum((s.tenths / 1000.0 - s.outcome) * (s.tenths / 1000.0 - s.outcome)) FROM probability_statement s  where s.confidence is not null
  GROUP BY s.confidence, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end;
--> statement-breakpoint
INSERT INTO trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error)
  SELECT 'report', s.report_id, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end, count(*), sum(s.outcome), sum(s.tenths / 1000.0), sum((s.tenths / 1000.0 - s.outcome) * (s.tenths / 1000.0 - s.outcome)) FROM probability_statement s  where s.report_id is not null
  GROUP BY s.report_id, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end;
