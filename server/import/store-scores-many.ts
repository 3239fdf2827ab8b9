import "server-only";
import type { Conn } from "@/db/client";
import { deleteScoresOfMany, insertInSlices, scoringRowsOf, type ForecastScoringRows, type ScoreInsert, type StatementInsert } from "@/db/queries/import";
import { forecastScore, probabilityStatement } from "@/db/schema";
import { scoreForecast } from "@/lib/scoring";
import { toTenths } from "@/lib/validation/probabilities";

const FORECASTS_PER_BATCH = 100;

/**
 * `storeScores` for many forecasts at once (an import, generated demo data): the same rows — each
 * scored (analyst, forecast) with its scores, each scenario of their final prediction as a
 * statement, with the filter keys — computed by `lib/scoring`'s `scoreForecast` from what is
 * stored, in the caller's transaction, but read and written a batch of forecasts at a time
 * instead of a few queries per forecast. Forecasts without a resolution, or annulled, get no rows.
 * `pace` is called between steps (see `pacer`). Returns how many score rows were stored.
 */
export async function storeScoresOfMany(tx: Conn, forecastIds: string[], pace: () => Promise<void> = async () => {}): Promise<number> {
  let stored = 0;
  for (let start = 0; start < forecastIds.length; start += FORECASTS_PER_BATCH) {
    const batch = forecastIds.slice(start, start + FORECASTS_PER_BATCH);
    const scores: ScoreInsert[] = [];
    const statements: StatementInsert[] = [];
    for (const rows of await scoringRowsOf(tx, batch)) {
      addScoreRows(rows, scores, statements);
      await pace();
    }
    await deleteScoresOfMany(tx, batch);
    await insertInSlices(tx, forecastScore, scores, pace);
    await insertInSlices(tx, probabilityStatement, statements, pace);
    stored += scores.length;
  }
  return stored;
}

/** Exactly the rows `storeScores` writes for one forecast. */
function addScoreRows({ forecast, resolution, scenarioIds, predictions }: ForecastScoringRows, scores: ScoreInsert[], statements: StatementInsert[]): void {
  if (!resolution || resolution.annulled || !resolution.outcomeScenarioId) return;
  const scored = scoreForecast({
    scenarioIds,
    closesAt: forecast.closesAt,
    outcomeKnownAt: resolution.outcomeKnownAt,
    outcomeScenarioId: resolution.outcomeScenarioId,
    annulled: false,
    predictions,
  });
  const keys = {
    forecastId: forecast.id,
    outcomeKnownAt: resolution.outcomeKnownAt,
    matured: resolution.outcomeKnownAt >= forecast.closesAt,
    confidence: forecast.confidence,
    reportId: forecast.reportId,
  };
  for (const a of scored.analysts) {
    scores.push({
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
    });
  }
  for (const s of scored.statements) statements.push({ ...keys, analystId: s.analystId, scenarioId: s.scenarioId, tenths: toTenths(s.probability), outcome: s.outcome });
}
