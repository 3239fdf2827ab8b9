import "server-only";
import { getDb } from "@/db/client";
import { aggregateMeans, analystMeans, scoreRows, type ScoreFilter } from "@/db/queries/scores";
import { canReadAllScores, canReadScoresOf, type Actor } from "@/lib/auth/policy";
import { Forbidden } from "@/lib/errors";
import { outcomeKnownBounds, type ScoreFilterQuery } from "@/lib/validation/score-filters";
import { teamAggregateScores } from "./team-aggregate";

export interface AnalystScoresDto {
  analystId: string;
  name: string;
  email: string;
  forecasts: number;
  meanFinalBrier: number;
  meanTimeAveragedBrier: number;
  meanRelativeBrier: number;
  meanFinalLogScore: number;
}

export interface ForecastScoresDto {
  forecastId: string;
  analystId: string;
  finalBrier: number;
  timeAveragedBrier: number;
  relativeBrier: number;
  finalLogScore: number;
  timeAveragedLogScore: number;
}

export interface ScoresDto {
  analysts: AnalystScoresDto[];
  forecasts: ForecastScoresDto[];
  aggregate: { forecasts: number; meanFinalBrier: number | null; meanTimeAveragedBrier: number | null; meanFinalLogScore: number | null };
}

/**
 * GET /api/v1/scores: per analyst, the forecasts scored and the four means over SPEC §5's
 * filters, and every (analyst, forecast) row, read from the rows stored with each resolution.
 * Reviewers and managers read everyone's; anyone else reads only their own (another analyst's
 * `analystId` is a 403), team filters included.
 */
export async function listScores(actor: Actor, query: ScoreFilterQuery): Promise<ScoresDto> {
  const summary = await scoreSummary(actor, query);
  const rows = await scoreRows(getDb(), scoreFilterOf(actor, query));
  return {
    analysts: summary.analysts,
    forecasts: rows.map((r) => ({
      forecastId: r.forecastId,
      analystId: r.analystId,
      finalBrier: r.finalBrier,
      timeAveragedBrier: r.timeAveragedBrier,
      relativeBrier: r.relativeBrier,
      finalLogScore: r.finalLogScore,
      timeAveragedLogScore: r.timeAveragedLogScore,
    })),
    aggregate: summary.aggregate,
  };
}

/** The means alone, with the same rights: what the scores page shows, without reading every row. */
export async function scoreSummary(actor: Actor, query: ScoreFilterQuery): Promise<Omit<ScoresDto, "forecasts">> {
  if (query.analystId && !canReadScoresOf(actor, query.analystId)) throw new Forbidden("You may read your own scores and the whole team's, but not another analyst's.");
  if (actor.roles.length === 0) throw new Forbidden();
  const filter = scoreFilterOf(actor, query);
  const [means, aggregate] = await Promise.all([analystMeans(getDb(), filter), aggregateOf(filter)]);
  return {
    analysts: means.map((m) => ({
      analystId: m.analystId,
      name: m.name,
      email: m.email,
      forecasts: m.forecasts,
      meanFinalBrier: Number(m.meanFinalBrier),
      meanTimeAveragedBrier: Number(m.meanTimeAveragedBrier),
      meanRelativeBrier: Number(m.meanRelativeBrier),
      meanFinalLogScore: Number(m.meanFinalLogScore),
    })),
    aggregate,
  };
}

/**
 * The aggregate forecast (SPEC §5's median) scored over the filtered forecasts: everyone's is
 * stored with each resolution; a team's (`teamId`) is computed from its members' predictions.
 */
async function aggregateOf(filter: ScoreFilter): Promise<ScoresDto["aggregate"]> {
  const db = getDb();
  if (filter.teamId) {
    const scores = await teamAggregateScores(db, filter.teamId, filter);
    const mean = (pick: (s: (typeof scores)[number]) => number) => (scores.length === 0 ? null : scores.reduce((sum, s) => sum + pick(s), 0) / scores.length);
    return { forecasts: scores.length, meanFinalBrier: mean((s) => s.finalBrier), meanTimeAveragedBrier: mean((s) => s.timeAveragedBrier), meanFinalLogScore: mean((s) => s.finalLogScore) };
  }
  const row = await aggregateMeans(db, filter);
  const orNull = (value: string | null | undefined) => (value === null || value === undefined ? null : Number(value));
  return { forecasts: row?.forecasts ?? 0, meanFinalBrier: orNull(row?.meanFinalBrier), meanTimeAveragedBrier: orNull(row?.meanTimeAveragedBrier), meanFinalLogScore: orNull(row?.meanFinalLogScore) };
}

/** The stored-row filter for this reader: their own rows unless they may read everyone's. */
export function scoreFilterOf(actor: Actor, query: ScoreFilterQuery): ScoreFilter {
  const own = canReadAllScores(actor) ? null : [actor.id];
  return {
    analystIds: query.analystId ? [query.analystId] : own,
    teamId: query.teamId,
    tag: query.tag,
    reportId: query.reportId,
    confidence: query.confidence,
    matured: query.matured,
    ...outcomeKnownBounds(query),
  };
}
