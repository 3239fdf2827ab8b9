import "server-only";
import type { AggregateScoreRow, AggregateStatementRow } from "@/db/schema";
import type { ForecastScoringRows } from "@/db/queries/import";
import type { ForecastScoreInsert, StatementInsert } from "@/db/queries/scores";
import { aggregateStatements, scoreAggregate, scoreForecast } from "@/lib/scoring";
import { toTenths } from "@/lib/validation/probabilities";

export interface ScoringRows {
  scores: ForecastScoreInsert[];
  statements: StatementInsert[];
  aggregate: AggregateScoreRow | null;
  /** The final aggregate's pairs (of=aggregate), to a tenth of a percent. */
  aggregateStatements: AggregateStatementRow[];
}

/**
 * The rows stored for one resolved forecast, from `lib/scoring`: each scored analyst's scores,
 * each scenario of their final prediction as a statement, and everyone's aggregate, all with the
 * keys the filters use. Unresolved or annulled forecasts get none. The one definition both
 * `storeScores` (a resolution) and `storeScoresOfMany` (an import) write, given what
 * `scoringRowsOf` reads.
 */
export function rowsToStore({ forecast, resolution, scenarioIds, predictions }: ForecastScoringRows): ScoringRows {
  if (!resolution || resolution.annulled || !resolution.outcomeScenarioId) return { scores: [], statements: [], aggregate: null, aggregateStatements: [] };
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
    aggregate: aggregate
      ? { ...keys, finalBrier: aggregate.finalBrier, finalLogScore: aggregate.finalLogScore, timeAveragedBrier: aggregate.timeAveragedBrier, timeAveragedLogScore: aggregate.timeAveragedLogScore, members: aggregate.members }
      : null,
  };
}
