import "server-only";
import type { Conn } from "@/db/client";
import { findForecastRow, predictionsOf, resolutionOf, scenariosOf } from "@/db/queries/forecasts";
import { deleteScoresOf, insertAggregateScore, replaceScoresOf } from "@/db/queries/scores";
import { scoreAggregate, scoreForecast, type ForecastToScore } from "@/lib/scoring";
import { toTenths } from "@/lib/validation/probabilities";

/**
 * Recomputes a forecast's scores from its predictions with `lib/scoring` and stores them, with
 * each scored analyst's probability statements and the aggregate forecast's (everyone's median)
 * scores, in the caller's transaction: the one that
 * resolves, reopens or imports the forecast. Reads of scores and calibration then scan these rows
 * and never recompute; since nothing else can change a resolved forecast's predictions (they are
 * append-only and refused once it is resolved), the stored rows stay exact.
 */
export async function storeScores(tx: Conn, forecastId: string): Promise<void> {
  const [forecast, resolution] = await Promise.all([findForecastRow(tx, forecastId), resolutionOf(tx, forecastId)]);
  if (!forecast || !resolution || resolution.annulled || !resolution.outcomeScenarioId) return deleteScoresOf(tx, forecastId);
  const [scenarios, predictions] = await Promise.all([scenariosOf(tx, forecastId), predictionsOf(tx, forecastId)]);
  const toScore: ForecastToScore = {
    scenarioIds: scenarios.map((s) => s.id),
    closesAt: forecast.closesAt,
    outcomeKnownAt: resolution.outcomeKnownAt,
    outcomeScenarioId: resolution.outcomeScenarioId,
    annulled: false,
    predictions: predictions.map((p) => ({ id: p.id, analystId: p.analystId, createdAt: p.createdAt, probabilities: p.probabilities })),
  };
  const scored = scoreForecast(toScore);
  const keys = {
    forecastId,
    outcomeKnownAt: resolution.outcomeKnownAt,
    matured: resolution.outcomeKnownAt >= forecast.closesAt,
    confidence: forecast.confidence,
    reportId: forecast.reportId,
  };
  await replaceScoresOf(
    tx,
    forecastId,
    scored.analysts.map((a) => ({
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
    scored.statements.map((s) => ({ ...keys, analystId: s.analystId, scenarioId: s.scenarioId, tenths: toTenths(s.probability), outcome: s.outcome })),
  );
  const aggregate = scoreAggregate(toScore);
  if (aggregate) {
    const { finalBrier, finalLogScore, timeAveragedBrier, timeAveragedLogScore, members } = aggregate;
    await insertAggregateScore(tx, { ...keys, finalBrier, finalLogScore, timeAveragedBrier, timeAveragedLogScore, members });
  }
}
