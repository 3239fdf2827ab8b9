/**
 * Scores as people read them (SPEC §5): three decimals, a true minus sign, and words saying which
 * way is better, since a bare 0.180 means nothing to most readers.
 */

/** What each kind of score means, said beside its numbers. */
export const SCORE_MEANINGS = {
  brier: "0 to 1, lower is better",
  log: "0 at best, higher is better",
  relative: "against the median forecaster each day; negative is better than the crowd",
} as const;

/** "0.090", "−0.135" (U+2212, read as "minus"); a value that rounds to zero shows as "0.000", never "−0.000". */
export function formatScore(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  if (rounded === 0) return "0.000";
  return rounded < 0 ? `\u2212${Math.abs(rounded).toFixed(3)}` : rounded.toFixed(3);
}

/** A relative Brier score in words, judged on the number shown (three decimals). */
export function relativeWords(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  if (rounded < 0) return "better than the crowd";
  if (rounded > 0) return "worse than the crowd";
  return "level with the crowd";
}

/** The Brier score of spreading 100% evenly over `scenarios` outcomes, whichever occurs: ½ (K − 1) / K. */
export function evenSplitBrier(scenarios: number): number {
  return (scenarios - 1) / (2 * scenarios);
}
