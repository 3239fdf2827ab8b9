/**
 * Probability statements (SPEC §5, calibration): for every scored analyst on a resolved forecast,
 * each scenario of their final prediction gives one pair (p_k, o_k), o_k = 1 only for the
 * scenario that occurred.
 */
import type { ProbabilityStatement, ScoredPrediction } from "./types";

export function probabilityStatements(finals: readonly ScoredPrediction[], scenarioIds: readonly string[], outcomeScenarioId: string): ProbabilityStatement[] {
  return finals.flatMap((final) =>
    scenarioIds.map((scenarioId) => ({
      analystId: final.analystId,
      scenarioId,
      probability: final.probabilities[scenarioId],
      outcome: scenarioId === outcomeScenarioId ? 1 : 0,
    })),
  );
}
