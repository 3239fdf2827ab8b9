/**
 * The plain data that scoring reads and writes (SPEC §5): epoch milliseconds and percentages as
 * stored (0.1–99.9, one decimal). Callers fetch and store; nothing here touches a database.
 */

export interface ScoredPrediction {
  id: string;
  analystId: string;
  createdAt: number;
  /** scenarioId → percent (0.1–99.9), one entry for every scenario of the forecast. */
  probabilities: Record<string, number>;
}

export interface ForecastToScore {
  /** All scenarios, in position order. */
  scenarioIds: string[];
  closesAt: number;
  outcomeKnownAt: number;
  /** null when annulled. */
  outcomeScenarioId: string | null;
  annulled: boolean;
  /** Any order; every analyst's. */
  predictions: ScoredPrediction[];
}

export interface AnalystScore {
  analystId: string;
  finalPredictionId: string;
  /** ½ Σ (p_k − o_k)², p as fractions, 0..1 (lower is better). */
  finalBrier: number;
  /** ln p_j (≤ 0, higher is better). */
  finalLogScore: number;
  timeAveragedBrier: number;
  timeAveragedLogScore: number;
  /** Mean over UTC days of (own Brier − the crowd's median Brier); negative beats the crowd. */
  relativeBrier: number;
  /** Predictions made at or before the window's end. */
  scoredPredictions: number;
  /** Made after the window's end: shown as late, never scored. Ordered by (createdAt, id). */
  latePredictionIds: string[];
}

/** One (p_k, o_k) pair of an analyst's final prediction: what calibration counts. */
export interface ProbabilityStatement {
  analystId: string;
  scenarioId: string;
  /** Percent, as predicted. */
  probability: number;
  outcome: 0 | 1;
}

export interface ForecastScores {
  /** min(closesAt, outcomeKnownAt). */
  end: number;
  /** Sorted by analystId (plain code-unit order). */
  analysts: AnalystScore[];
  /** Each scored analyst's final prediction, one per scenario, analysts then scenarios in order. */
  statements: ProbabilityStatement[];
}
