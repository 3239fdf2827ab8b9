CREATE TABLE `team_aggregate_score` (
	`team_id` text NOT NULL,
	`forecast_id` text NOT NULL,
	`final_brier` real NOT NULL,
	`final_log_score` real NOT NULL,
	`time_averaged_brier` real NOT NULL,
	`time_averaged_log_score` real NOT NULL,
	`members` integer NOT NULL,
	`outcome_known_at` integer NOT NULL,
	`matured` integer NOT NULL,
	`confidence` text,
	`report_id` text,
	PRIMARY KEY(`team_id`, `forecast_id`),
	FOREIGN KEY (`team_id`) REFERENCES `team`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecast`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `team_aggregate_score_forecast_idx` ON `team_aggregate_score` (`forecast_id`);--> statement-breakpoint
DROP INDEX `aggregate_statement_known_idx`;--> statement-breakpoint
CREATE INDEX `aggregate_statement_known_idx` ON `aggregate_statement` (`outcome_known_at`,`matured`,`confidence`,`tenths`,`outcome`);--> statement-breakpoint
DROP INDEX `forecast_score_known_idx`;--> statement-breakpoint
CREATE INDEX `forecast_score_known_idx` ON `forecast_score` ("outcome_known_at" desc,`forecast_id`,`analyst_id`,`matured`,`confidence`,`final_brier`,`time_averaged_brier`,`relative_brier`,`final_log_score`);--> statement-breakpoint
DROP INDEX `probability_statement_known_idx`;--> statement-breakpoint
CREATE INDEX `probability_statement_known_idx` ON `probability_statement` (`outcome_known_at`,`matured`,`confidence`,`tenths`,`outcome`);
--> statement-breakpoint
-- Backfill of an upgraded database: each team's rows sum its current members' stored statements and scores (all time; the trend by month).
-- Each team's median (team_aggregate_score) needs lib/scoring: `npm run cli -- scores:rescore` stores it for the forecasts resolved before this upgrade.
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT 'team', m.team_id, 0, s.matured, s.tenths, s.outcome, count(*) FROM probability_statement s JOIN team_member m ON m.user_id = s.analyst_id
  GROUP BY m.team_id, s.matured, s.tenths, s.outcome;
--> statement-breakpoint
INSERT INTO trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error)
  SELECT 'team', m.team_id, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end, count(*), sum(s.outcome), sum(cast(s.tenths as double precision) / 1000), sum((cast(s.tenths as double precision) / 1000 - s.outcome) * (cast(s.tenths as double precision) / 1000 - s.outcome)) FROM probability_statement s JOIN team_member m ON m.user_id = s.analyst_id
  GROUP BY m.team_id, cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer), s.matured, case when s.tenths >= 1000 then 9 else s.tenths / 100 end;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT 'team', m.team_id, 0, s.matured, s.analyst_id, count(*), sum(s.final_brier), sum(s.time_averaged_brier), sum(s.relative_brier), sum(s.final_log_score) FROM forecast_score s JOIN team_member m ON m.user_id = s.analyst_id
  GROUP BY m.team_id, s.matured, s.analyst_id;
--> statement-breakpoint
-- The quarter rows of the monthly dimensions (dim 'all@q', 'confidence@q', 'agg-all@q', 'agg-confidence@q'; month = the quarter's first month), from their month rows.
INSERT INTO statement_tally (dim, key, month, matured, tenths, outcome, n)
  SELECT dim || '@q', key, (month / 100) * 100 + ((month % 100 - 1) / 3) * 3 + 1, matured, tenths, outcome, sum(n) FROM statement_tally WHERE month > 0 AND dim NOT LIKE '%@q'
  GROUP BY dim, key, (month / 100) * 100 + ((month % 100 - 1) / 3) * 3 + 1, matured, tenths, outcome;
--> statement-breakpoint
INSERT INTO score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
  SELECT dim || '@q', key, (month / 100) * 100 + ((month % 100 - 1) / 3) * 3 + 1, matured, analyst_id, sum(n), sum(sum_final_brier), sum(sum_time_averaged_brier), sum(sum_relative_brier), sum(sum_final_log_score) FROM score_tally WHERE month > 0 AND dim NOT LIKE '%@q'
  GROUP BY dim, key, (month / 100) * 100 + ((month % 100 - 1) / 3) * 3 + 1, matured, analyst_id;
