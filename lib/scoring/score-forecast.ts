/**
 * Every analyst's scores on one forecast (SPEC §5), from plain data: checks the input, then
 * applies the bare rules. Deterministic: no clock, and the input's order does not matter.
 */
import { brier, fractionsOf } from "./brier";
import { analystHistories, type AnalystHistory } from "./history";
import { logOfOutcome } from "./log-score";
import { relativeBriers } from "./relative";
import { probabilityStatements } from "./statements";
import { timeAveraged } from "./time-averaged";
import type { AnalystScore, ForecastScores, ForecastToScore, ScoredPrediction } from "./types";
import { checkForecast } from "./validate";
import { scoringEnd } from "./window";

interface PredictionScores {
  createdAt: number;
  brier: number;
  log: number;
}

export function scoreForecast(forecast: ForecastToScore): ForecastScores {
  checkForecast(forecast);
  const end = scoringEnd(forecast.closesAt, forecast.outcomeKnownAt);
  if (forecast.annulled || forecast.outcomeScenarioId === null) return { end, analysts: [], statements: [] };

  const { scenarioIds } = forecast;
  const outcomeScenarioId = forecast.outcomeScenarioId;
  const outcomeIndex = scenarioIds.indexOf(outcomeScenarioId);
  const scoreOf = (p: ScoredPrediction): PredictionScores => ({
    createdAt: p.createdAt,
    brier: brier(fractionsOf(p.probabilities, scenarioIds), outcomeIndex),
    log: logOfOutcome(p.probabilities[outcomeScenarioId] / 100),
  });

  // An analyst whose every prediction came after the end is not scored at all.
  const histories = analystHistories(forecast.predictions, end).filter((h) => h.scored.length > 0);
  const scores = new Map(histories.map((h) => [h.analystId, h.scored.map(scoreOf)]));
  const relative = relativeBriers(
    histories.map((h) => ({ analystId: h.analystId, points: scores.get(h.analystId)! })),
    end,
  );

  const analysts = histories.map((h) => analystScore(h, scores.get(h.analystId)!, relative.get(h.analystId)!, end));
  const finals = histories.map((h) => h.scored[h.scored.length - 1]);
  return { end, analysts, statements: probabilityStatements(finals, scenarioIds, outcomeScenarioId) };
}

function analystScore(history: AnalystHistory, scores: PredictionScores[], relativeBrier: number, end: number): AnalystScore {
  const final = scores[scores.length - 1];
  return {
    analystId: history.analystId,
    finalPredictionId: history.scored[history.scored.length - 1].id,
    finalBrier: final.brier,
    finalLogScore: final.log,
    timeAveragedBrier: timeAveraged(scores.map((s) => ({ createdAt: s.createdAt, score: s.brier })), end),
    timeAveragedLogScore: timeAveraged(scores.map((s) => ({ createdAt: s.createdAt, score: s.log })), end),
    relativeBrier,
    scoredPredictions: history.scored.length,
    latePredictionIds: history.late.map((p) => p.id),
  };
}
