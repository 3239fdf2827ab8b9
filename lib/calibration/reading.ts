/**
 * The calibration page's sentences: what a chart says, in words a manager reads aloud. Pure, so
 * the wording is tested without a browser.
 */
import type { Calibration, CalibrationBin } from "./calibrate";

const pct = (value: number) => `${Math.round(value)}%`;

/** "when we said likely, it happened 71% of the time, n = 140" — for a decile, "said 60–70%". */
export function binSentence(bin: CalibrationBin, words: boolean): string | null {
  if (bin.n === 0 || bin.observedFrequency === null) return null;
  const said = words ? bin.label : bin.label.replace("–", " to ");
  return `When we said ${said}, it happened ${pct(bin.observedFrequency)} of the time (n = ${bin.n.toLocaleString("en-GB")}).`;
}

/** The sentence for the busiest bin: what the chart reads first. */
export function headlineSentence(calibration: Calibration, words: boolean): string | null {
  const busiest = [...calibration.bins].sort((a, b) => b.n - a.n)[0];
  return busiest ? binSentence(busiest, words) : null;
}

/** Over- or underconfidence in one sentence, in percentage points. */
export function confidenceSentence(overconfidence: number | null): string {
  if (overconfidence === null) return "No statement leaned towards yes (above 50%), so over- or underconfidence can't be told.";
  const points = Math.abs(overconfidence);
  const rounded = points < 0.5 ? "less than 1 point" : `${Math.round(points)} ${Math.round(points) === 1 ? "point" : "points"}`;
  if (points < 0.5) return `When we leaned one way we were right about as often as we said (within ${rounded}): well calibrated.`;
  return overconfidence > 0
    ? `When we leaned one way we were right ${rounded} less often than we said: overconfident.`
    : `When we leaned one way we were right ${rounded} more often than we said: underconfident.`;
}

/** AUC in words: how often a "yes" got a higher number than a "no". */
export function discriminationSentence(auc: number | null): string {
  if (auc === null) return "Discrimination needs both outcomes among the statements: some that happened and some that did not.";
  return `Given one thing that happened and one that did not, we gave the first the higher probability ${pct(100 * auc)} of the time (50% is a coin toss, 100% perfect).`;
}

/** Fewer pairs than this and the page says calibration can't be judged yet. */
export const MIN_STATEMENTS = 20;
