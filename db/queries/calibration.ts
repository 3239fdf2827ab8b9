import "server-only";
import { and, asc, count, desc, eq, gt, gte, lt, lte, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Conn } from "../client";
import { aggregateScore, aggregateStatement, forecast, forecastScore, probabilityStatement, scenario, teamAggregateScore, user } from "../schema";
import { scoreConditions, type ScoreFilter } from "./scores";
import { AGGREGATE_ANALYST, ALL_TIME, monthOf, monthSql, type MonthCount, type ScoreSums } from "./tallies";

/**
 * Statement counts per probability and outcome, straight from the stored statements: per UTC month
 * too with `perMonth` (the trend), else all under month 0 (a calibration needs no months).
 */
export async function rawStatementCounts(db: Conn, filter: ScoreFilter, perMonth = true): Promise<MonthCount[]> {
  return countsPerMonth(db, probabilityStatement, scoreConditions(probabilityStatement, filter), filter, perMonth);
}

/** The aggregate forecast's pairs counted the same way (forecast filters only). */
export async function rawAggregateCounts(db: Conn, filter: ScoreFilter, perMonth = true): Promise<MonthCount[]> {
  return countsPerMonth(db, aggregateStatement, scoreConditions(aggregateStatement, { ...filter, analystIds: null, teamId: undefined }), filter, perMonth);
}

/**
 * Counts per probability and outcome (and month). A range inside one month (the partial months at
 * the ends of a date range) is counted per probability and outcome alone and given that month, so
 * the engine neither works out a month per row nor reads past the index it ranges over.
 */
async function countsPerMonth(db: Conn, t: typeof probabilityStatement | typeof aggregateStatement, where: SQL | undefined, filter: ScoreFilter, perMonth: boolean): Promise<MonthCount[]> {
  const oneMonth = filter.from !== undefined && filter.to !== undefined && monthOf(filter.from) === monthOf(filter.to);
  if (!perMonth || oneMonth) {
    const month = perMonth ? monthOf(filter.from!) : ALL_TIME;
    const rows = await db.select({ tenths: t.tenths, outcome: t.outcome, n: count() }).from(t).where(where).groupBy(t.tenths, t.outcome);
    return rows.map((r) => ({ month, tenths: r.tenths, outcome: r.outcome as 0 | 1, n: Number(r.n) }));
  }
  const month = monthSql(t.outcomeKnownAt);
  const rows = await db
    .select({ month: sql<number>`${month}`, tenths: t.tenths, outcome: t.outcome, n: count() })
    .from(t)
    .where(where)
    .groupBy(month, t.tenths, t.outcome);
  return rows.map((r) => ({ month: Number(r.month), tenths: r.tenths, outcome: r.outcome as 0 | 1, n: Number(r.n) }));
}

/** Score sums per analyst straight from the stored scores, and the aggregate forecast's (everyone's or the team's median) under ''. */
export async function rawScoreSums(db: Conn, filter: ScoreFilter): Promise<ScoreSums[]> {
  const sumOf = (column: SQLWrapper) => sql<string>`coalesce(sum(${column}), 0)`;
  const analystsQuery = db
    .select({
      analystId: forecastScore.analystId,
      n: count(),
      sumFinalBrier: sumOf(forecastScore.finalBrier),
      sumTimeAveragedBrier: sumOf(forecastScore.timeAveragedBrier),
      sumRelativeBrier: sumOf(forecastScore.relativeBrier),
      sumFinalLogScore: sumOf(forecastScore.finalLogScore),
    })
    .from(forecastScore)
    .where(scoreConditions(forecastScore, filter))
    .groupBy(forecastScore.analystId);
  // Everyone's median, or with a team filter that team's (its current members').
  const forecastsOnly = { ...filter, analystIds: null, teamId: undefined };
  const t = filter.teamId ? teamAggregateScore : aggregateScore;
  const aggregateQuery = db
    .select({ n: count(), sumFinalBrier: sumOf(t.finalBrier), sumTimeAveragedBrier: sumOf(t.timeAveragedBrier), sumFinalLogScore: sumOf(t.finalLogScore) })
    .from(t)
    .where(filter.teamId ? and(eq(teamAggregateScore.teamId, filter.teamId), scoreConditions(teamAggregateScore, forecastsOnly)) : scoreConditions(aggregateScore, forecastsOnly));
  // Both at once: on PostgreSQL each takes its own pooled connection.
  const [analysts, aggregate] = await Promise.all([analystsQuery, aggregateQuery]);
  const toNumbers = (r: { analystId: string; n: number; sumFinalBrier: string; sumTimeAveragedBrier: string; sumRelativeBrier: string | number; sumFinalLogScore: string }): ScoreSums => ({
    analystId: r.analystId,
    n: Number(r.n),
    sumFinalBrier: Number(r.sumFinalBrier),
    sumTimeAveragedBrier: Number(r.sumTimeAveragedBrier),
    sumRelativeBrier: Number(r.sumRelativeBrier),
    sumFinalLogScore: Number(r.sumFinalLogScore),
  });
  return [...analysts.map(toNumbers), ...aggregate.filter((a) => Number(a.n) > 0).map((a) => toNumbers({ ...a, analystId: AGGREGATE_ANALYST, sumRelativeBrier: 0 }))];
}

/** A bin's range in stored tenths of a percent. */
export interface TenthsRange {
  lower: number;
  upper: number;
  lowerInclusive: boolean;
  upperInclusive: boolean;
}

export interface StatementCursor {
  outcomeKnownAt: number;
  forecastId: string;
  analystId: string;
  scenarioId: string;
}

/**
 * The statements in one bin, the most recently known outcome first, with what a person needs to
 * recognise them (forecast title, analyst name, scenario label). Keyset-paged.
 */
export async function statementsInRange(db: Conn, filter: ScoreFilter, range: TenthsRange, limit: number, after: StatementCursor | null) {
  const t = probabilityStatement;
  return db
    .select({
      forecastId: t.forecastId,
      analystId: t.analystId,
      scenarioId: t.scenarioId,
      tenths: t.tenths,
      outcome: t.outcome,
      outcomeKnownAt: t.outcomeKnownAt,
      title: forecast.title,
      analystName: user.name,
      scenarioLabel: scenario.label,
    })
    .from(t)
    .innerJoin(forecast, eq(forecast.id, t.forecastId))
    .innerJoin(user, eq(user.id, t.analystId))
    .innerJoin(scenario, eq(scenario.id, t.scenarioId))
    .where(
      and(
        scoreConditions(t, filter),
        range.lowerInclusive ? gte(t.tenths, range.lower) : gt(t.tenths, range.lower),
        range.upperInclusive ? lte(t.tenths, range.upper) : lt(t.tenths, range.upper),
        after
          ? or(
              lt(t.outcomeKnownAt, after.outcomeKnownAt),
              and(eq(t.outcomeKnownAt, after.outcomeKnownAt), gt(t.forecastId, after.forecastId)),
              and(eq(t.outcomeKnownAt, after.outcomeKnownAt), eq(t.forecastId, after.forecastId), gt(t.analystId, after.analystId)),
              and(eq(t.outcomeKnownAt, after.outcomeKnownAt), eq(t.forecastId, after.forecastId), eq(t.analystId, after.analystId), gt(t.scenarioId, after.scenarioId)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(t.outcomeKnownAt), asc(t.forecastId), asc(t.analystId), asc(t.scenarioId))
    .limit(limit + 1);
}

