/** A prediction as scoring reads it: percentages by scenario id. */
export interface PredictionVector {
  probabilities: Record<string, number>;
}

/** The smallest probability a prediction may hold (SPEC §2): what "carried over with 0" can be stored as. */
const FLOOR = 0.1;

/**
 * Predictions made before scenarios were added to their forecast lack those scenarios. When the
 * author chose to carry them over (`carriedOver`), each missing one counts as the smallest allowed
 * probability, taken from the prediction's largest, so the vector still sums to 100; a prediction
 * missing any other scenario no longer answers the question as it stands and is left out (its
 * analyst was asked to update).
 */
export function completeForScoring<P extends PredictionVector>(predictions: P[], scenarioIds: string[], carriedOver: ReadonlySet<string>): P[] {
  return predictions.flatMap((p) => {
    const missing = scenarioIds.filter((id) => !Object.hasOwn(p.probabilities, id));
    if (missing.length === 0) return [p];
    if (!missing.every((id) => carriedOver.has(id))) return [];
    const probabilities = { ...p.probabilities };
    const largest = Object.keys(probabilities).reduce((a, b) => (probabilities[b] > probabilities[a] ? b : a));
    probabilities[largest] = Math.round((probabilities[largest] - FLOOR * missing.length) * 10) / 10;
    for (const id of missing) probabilities[id] = FLOOR;
    return [{ ...p, probabilities }];
  });
}
