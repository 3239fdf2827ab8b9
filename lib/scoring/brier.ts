/**
 * Brier score, SPEC §5: B(p) = ½ Σ_k (p_k − o_k)², p as fractions, so 0 is perfect and 1 is
 * certainty on a wrong scenario. For yes/no it equals (p − o)²; Good Judgment Open's 0–2 figure
 * is twice this.
 */
import { checkOutcome, checkProbabilities, checkScenarioIds } from "./validate";

/** The bare rule: fractions in scenario order, the index of the scenario that occurred. */
export function brier(fractions: readonly number[], outcomeIndex: number): number {
  let sum = 0;
  for (let k = 0; k < fractions.length; k++) {
    const miss = fractions[k] - (k === outcomeIndex ? 1 : 0);
    sum += miss * miss;
  }
  return sum / 2;
}

/** Percentages in scenario order, as fractions. */
export function fractionsOf(probabilities: Record<string, number>, scenarioIds: readonly string[]): number[] {
  return scenarioIds.map((id) => probabilities[id] / 100);
}

/** Checked: every scenario has a probability the SPEC allows and the outcome is one of them. */
export function brierScore(probabilities: Record<string, number>, outcomeScenarioId: string, scenarioIds: string[]): number {
  checkScenarioIds(scenarioIds);
  checkOutcome(outcomeScenarioId, scenarioIds);
  checkProbabilities(probabilities, scenarioIds);
  return brier(fractionsOf(probabilities, scenarioIds), scenarioIds.indexOf(outcomeScenarioId));
}
