/**
 * Log score, SPEC §5: ln p_j, the natural log of the probability given to the scenario that
 * occurred. Never above 0; higher is better. Percentages stop at 0.1, so it stops at ln 0.001.
 */
import { checkOutcomeProbability } from "./validate";

/** The bare rule, on a fraction. */
export function logOfOutcome(outcomeFraction: number): number {
  return Math.log(outcomeFraction);
}

/** Checked: the outcome has a probability from 0.1 to 99.9 percent. */
export function logScore(probabilities: Record<string, number>, outcomeScenarioId: string): number {
  checkOutcomeProbability(probabilities, outcomeScenarioId);
  return logOfOutcome(probabilities[outcomeScenarioId] / 100);
}
