import "server-only";
import { and, asc, eq, gt, lt, or, sql } from "drizzle-orm";
import type { Conn } from "../client";
import { forecast, forecastScore, report, resolution, scenario, scoreTally, user } from "../schema";
import { scoreConditions, type ScoreFilter } from "./scores";

/** Where a page of an analyst's record ended: the last row's outcome time and forecast. */
export interface RecordPosition {
  outcomeKnownAt: number;
  forecastId: string;
}

/**
 * One analyst's scored forecasts over the filters, the most recently known outcome first, each with
 * the forecast's title and the scenario that occurred; keyset-paged, one row more than asked.
 */
export function analystRecordRows(db: Conn, filter: ScoreFilter, limit: number, after?: RecordPosition) {
  return db
    .select({
      forecastId: forecastScore.forecastId,
      title: forecast.title,
      closesAt: forecast.closesAt,
      outcome: scenario.label,
      outcomeKnownAt: forecastScore.outcomeKnownAt,
      finalBrier: forecastScore.finalBrier,
      timeAveragedBrier: forecastScore.timeAveragedBrier,
      relativeBrier: forecastScore.relativeBrier,
      finalLogScore: forecastScore.finalLogScore,
      timeAveragedLogScore: forecastScore.timeAveragedLogScore,
      scoredPredictions: forecastScore.scoredPredictions,
      latePredictions: forecastScore.latePredictions,
    })
    .from(forecastScore)
    .innerJoin(forecast, eq(forecast.id, forecastScore.forecastId))
    .innerJoin(resolution, eq(resolution.forecastId, forecastScore.forecastId))
    .leftJoin(scenario, eq(scenario.id, resolution.outcomeScenarioId))
    .where(
      and(
        scoreConditions(forecastScore, filter),
        after
          ? or(lt(forecastScore.outcomeKnownAt, after.outcomeKnownAt), and(eq(forecastScore.outcomeKnownAt, after.outcomeKnownAt), gt(forecastScore.forecastId, after.forecastId)))
          : undefined,
      ),
    )
    .orderBy(sql`${forecastScore.outcomeKnownAt} desc`, asc(forecastScore.forecastId))
    .limit(limit + 1);
}

/** Everyone with at least one stored score: the scores page's analyst filter offers them. */
export function scoredAnalysts(db: Conn) {
  return db
    .select({ id: user.id, name: user.name })
    .from(user)
    // The all-time score tally has a row per scored analyst: a thousand rows to read rather than a probe per user into the scores.
    .where(sql`${user.id} in (select ${scoreTally.analystId} from ${scoreTally} where ${scoreTally.dim} = 'all' and ${scoreTally.key} = '' and ${scoreTally.month} = 0 and ${scoreTally.n} > 0)`)
    .orderBy(asc(user.name), asc(user.id));
}

/** Reports by title (as `name`, like every choice list), for the report filter: without their bodies, which can be long. */
export function reportTitles(db: Conn) {
  return db.select({ id: report.id, name: report.title }).from(report).orderBy(asc(report.title), asc(report.id));
}
