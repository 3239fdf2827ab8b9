/**
 * Tiny builders for the scoring tests (as Metaculus' `f(v, s, e)`): a forecast and predictions in
 * readable UTC times and percentages. Test-only; nothing else imports it.
 */
import type { ForecastToScore, ScoredPrediction } from "./types";

export const at = (iso: string): number => Date.parse(iso);
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A yes/no prediction: `yes` percent for "yes", the rest for "no". */
export function yn(id: string, analystId: string, iso: string, yes: number): ScoredPrediction {
  return { id, analystId, createdAt: at(iso), probabilities: { yes, no: Math.round((100 - yes) * 10) / 10 } };
}

/** A prediction on the three scenarios "a", "b", "c". */
export function abc(id: string, analystId: string, iso: string, a: number, b: number, c: number): ScoredPrediction {
  return { id, analystId, createdAt: at(iso), probabilities: { a, b, c } };
}

/**
 * A yes/no forecast resolved "yes" that closes on 4 March 2024 at 00:00 UTC and whose outcome
 * became known a day later, so by default the window ends at the horizon.
 */
export function forecast(predictions: ScoredPrediction[], overrides: Partial<ForecastToScore> = {}): ForecastToScore {
  return {
    scenarioIds: ["yes", "no"],
    closesAt: at("2024-03-04T00:00Z"),
    outcomeKnownAt: at("2024-03-05T00:00Z"),
    outcomeScenarioId: "yes",
    annulled: false,
    predictions,
    ...overrides,
  };
}

export const threeScenarios = (predictions: ScoredPrediction[], outcomeScenarioId: string, overrides: Partial<ForecastToScore> = {}): ForecastToScore =>
  forecast(predictions, { scenarioIds: ["a", "b", "c"], outcomeScenarioId, ...overrides });

// ---------------------------------------------------------------- random histories (reference tests)

export const int = (random: () => number, n: number): number => Math.floor(random() * n);

/** Percentages in tenths, each at least 0.1, summing to exactly 100; sometimes as extreme as allowed. */
export function randomPercentages(random: () => number, count: number): number[] {
  if (random() < 0.15) {
    const sure = int(random, count);
    return Array.from({ length: count }, (_, k) => (k === sure ? 1000 - (count - 1) : 1) / 10);
  }
  const weights = Array.from({ length: count }, () => random());
  const total = weights.reduce((s, w) => s + w, 0);
  const tenths = weights.map((w) => 1 + Math.floor((w / total) * (1000 - count)));
  tenths[int(random, count)] += 1000 - tenths.reduce((s, t) => s + t, 0);
  return tenths.map((t) => t / 10);
}

export function shuffle<T>(random: () => number, items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(random, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
