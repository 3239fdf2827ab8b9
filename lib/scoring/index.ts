export type { AnalystScore, ForecastScores, ForecastToScore, ProbabilityStatement, ScoredPrediction } from "./types";
export { DAY_MS, isLate, scoringEnd, startOfUtcDay } from "./window";
export { brier, brierScore } from "./brier";
export { logOfOutcome, logScore } from "./log-score";
export { median } from "./median";
export { timeAveraged, type TimedScore } from "./time-averaged";
export { relativeBriers, type BrierHistory } from "./relative";
export { probabilityStatements } from "./statements";
export { scoreForecast } from "./score-forecast";
export { aggregateAt, aggregateStatements, aggregateSteps, scoreAggregate, type AggregateScore, type AggregateStep, type AnalystGroup } from "./aggregate";
export {
  importForecastToScore,
  importPredictionId,
  importScenarioId,
  type ImportBody,
  type ImportForecast,
  type ImportPrediction,
  type ImportResolution,
  type ImportScenario,
} from "./import-body";
