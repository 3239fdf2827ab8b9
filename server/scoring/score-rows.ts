import "server-only";
import type { AggregateScoreRow, AggregateStatementRow, TeamAggregateScoreRow } from "@/db/schema";
import type { ForecastScoringRows } from "@/db/queries/import";
import type { ForecastScoreInsert, StatementInsert } from "@/db/queries/scores";
import { aggregateStatements, scoreAggregate, scoreForecast, type ForecastToScore } from "@/lib/scoring";
import { toTenths } from "@/lib/validation/probabilities";

export interface ScoringRows {
  scores: ForecastScoreInsert[];
  statements: StatementInsert[];
  aggregate: AggregateScoreRow | null;
  /** The final aggregate's pairs (of=aggregate), to a tenth of a percent. */
  aggregateStatements: AggregateStatementRow[];
  /** Each team's median (its current members') scored, for the teams with a member who predicted in the window. */
  teamAggregates: TeamAggregateScoreRow[];
}

/** Who is in which team now: each analyst's teams. */
export type TeamsOfAnalyst = ReadonlyMap<string, readonly string[]>;

/**
 * The rows stored for one resolved forecast, from `lib/scoring`: each scored analyst's scores,
 * each scenario of their final prediction as a statement, and everyone's aggregate, all with the
 * keys the filters use. Unresolved or annulled forecasts get none. The one definition both
 * `storeScores` (a resolution) and `storeScoresOfMany` (an import) write, given what
 * `scoringRowsOf` reads.
 */
export function rowsToStore({ forecast, resolution, scenarioIds, predictions }: ForecastScoringRows, teamsOfAnalyst: TeamsOfAnalyst = new Map()): ScoringRows {
  if (!resolution || resolution.annulled || !resolution.outcomeScenarioId) return { scores: [], statements: [], aggregate: null, aggregateStatements: [], teamAggregates: [] };
  const toScore = { scenarioIds, closesAt: forecast.closesAt, outcomeKnownAt: resolution.outcomeKnownAt, outcomeScenarioId: resolution.outcomeScenarioId, annulled: false, predictions };
  const scored = scoreForecast(toScore);
  const keys = {
    forecastId: forecast.id,
    outcomeKnownAt: resolution.outcomeKnownAt,
    matured: resolution.outcomeKnownAt >= forecast.closesAt,
    confidence: forecast.confidence,
    reportId: forecast.reportId,
  };
  const aggregate = scoreAggregate(toScore);
  return {
    scores: scored.analysts.map((a) => ({
      ...keys,
      analystId: a.analystId,
      finalPredictionId: a.finalPredictionId,
      finalBrier: a.finalBrier,
      finalLogScore: a.finalLogScore,
      timeAveragedBrier: a.timeAveragedBrier,
      timeAveragedLogScore: a.timeAveragedLogScore,
      relativeBrier: a.relativeBrier,
      scoredPredictions: a.scoredPredictions,
      latePredictions: a.latePredictionIds.length,
    })),
    statements: scored.statements.map((s) => ({ ...keys, analystId: s.analystId, scenarioId: s.scenarioId, tenths: toTenths(s.probability), outcome: s.outcome })),
    aggregateStatements: aggregate
      ? aggregateStatements(toScore).map((s) => ({ ...keys, confidence: keys.confidence ?? null, reportId: keys.reportId ?? null, scenarioId: s.scenarioId, tenths: Math.min(1000, Math.max(0, Math.round(s.probability * 10))), outcome: s.outcome }))
      : [],
    teamAggregates: teamAggregatesOf(toScore, keys, teamsOfAnalyst),
    aggregate: aggregate
      ? { ...keys, finalBrier: aggregate.finalBrier, finalLogScore: aggregate.finalLogScore, timeAveragedBrier: aggregate.timeAveragedBrier, timeAveragedLogScore: aggregate.timeAveragedLogScore, members: aggregate.members }
      : null,
  };
}

/** The median of each team with a member among the forecast's predictors, scored like everyone's (`scoreAggregate` over the members). */
export function teamAggregatesOf(toScore: ForecastToScore, keys: { forecastId: string; outcomeKnownAt: number; matured: boolean; confidence: "low" | "moderate" | "high" | null; reportId: string | null }, teamsOfAnalyst: TeamsOfAnalyst, onlyTeam?: string): TeamAggregateScoreRow[] {
  const membersOf = new Map<string, Set<string>>();
  for (const [analystId, teams] of teamsOfAnalyst) for (const teamId of teams) if (onlyTeam === undefined || teamId === onlyTeam) membersOf.set(teamId, (membersOf.get(teamId) ?? new Set()).add(analystId));
  const predictingTeams = new Set(toScore.predictions.flatMap((p) => teamsOfAnalyst.get(p.analystId) ?? []));
  const rows: TeamAggregateScoreRow[] = [];
  for (const teamId of [...predictingTeams].sort()) {
    const members = membersOf.get(teamId);
    if (!members) continue;
    const score = scoreAggregate(toScore, members);
    if (!score) continue;
    rows.push({ teamId, ...keys, confidence: keys.confidence ?? null, reportId: keys.reportId ?? null, finalBrier: score.finalBrier, finalLogScore: score.finalLogScore, timeAveragedBrier: score.timeAveragedBrier, timeAveragedLogScore: score.timeAveragedLogScore, members: score.members });
  }
  return rows;
}
