import { firstObservedAt } from "./indicator-status";
import type { IndicatorFacts, PredictionFacts, Probabilities, ScenarioRef } from "./types";

/**
 * Whether an indicator moves the evidence-implied probabilities at t: not retired, about one of
 * the prior's scenarios, and with a linked event at or before t. Overdue is not evidence (§4).
 */
export function countsAsEvidenceAt(indicator: IndicatorFacts, prior: Probabilities, t: number): boolean {
  if (indicator.retired || !Object.hasOwn(prior, indicator.scenarioId)) return false;
  const observedAt = firstObservedAt(indicator);
  return observedAt !== null && observedAt <= t;
}

/**
 * SPEC §4: w_k = π_k × Π(LR for a 'for' indicator of k, 1/LR for an 'against' one) over the
 * indicators observed at t, each once however many events it has; e_k = w_k / Σw, as percentages.
 * The prior only has to be proportional to the author's probabilities. Results are not rounded.
 */
export function impliedProbabilities(
  prior: Probabilities,
  indicators: IndicatorFacts[],
  t: number,
): Probabilities {
  const weights: Probabilities = { ...prior };
  for (const indicator of indicators) {
    if (!countsAsEvidenceAt(indicator, prior, t)) continue;
    if (indicator.direction === "for") weights[indicator.scenarioId] *= indicator.likelihoodRatio;
    else weights[indicator.scenarioId] /= indicator.likelihoodRatio;
  }

  let total = 0;
  for (const id in weights) total += weights[id];
  // A prediction's probabilities are at least 0.1 each, so this only trips on corrupt input.
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new RangeError("the prior must have a positive, finite total");
  }

  const implied: Probabilities = {};
  for (const id in weights) implied[id] = (weights[id] / total) * 100;
  return implied;
}

/**
 * The prior π of §4: the author's first prediction. A forecast whose author never predicted (only
 * possible through an import) falls back to the earliest prediction by anyone, and one with no
 * predictions at all to a uniform prior. Equal `createdAt`s go to the one listed first. The result
 * has exactly the given scenarios' ids; a scenario the prediction lacks gets 0.
 */
export function priorOf(
  predictions: PredictionFacts[],
  authorId: string,
  scenarios: ScenarioRef[],
): Probabilities {
  const chosen =
    earliest(predictions.filter((p) => p.analystId === authorId)) ?? earliest(predictions);
  const prior: Probabilities = {};
  for (const scenario of scenarios) {
    prior[scenario.id] = chosen ? (chosen.probabilities[scenario.id] ?? 0) : 100 / scenarios.length;
  }
  return prior;
}

function earliest(predictions: PredictionFacts[]): PredictionFacts | null {
  let first: PredictionFacts | null = null;
  for (const prediction of predictions) {
    if (first === null || prediction.createdAt < first.createdAt) first = prediction;
  }
  return first;
}
