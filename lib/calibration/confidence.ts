/**
 * The confidence panel's arithmetic: a 95% interval for the mean (p − o)² (normal approximation,
 * from the exact counts), and the sentence saying whether higher analytic confidence went with
 * better accuracy.
 */
import { mergeCounts, type StatementCount } from "./calibrate";
import { Z95 } from "./wilson";

export type ConfidenceLevel = "low" | "moderate" | "high";

/** Mean (p − o)² ± z·sd/√n; null below two statements. */
export function brierInterval(counts: Iterable<StatementCount>): { low: number; high: number } | null {
  const merged = mergeCounts(counts);
  const n = merged.reduce((s, c) => s + c.n, 0);
  if (n < 2) return null;
  const errors = merged.map((c) => ({ e: (c.tenths / 1000 - c.outcome) ** 2, n: c.n }));
  const mean = errors.reduce((s, x) => s + x.e * x.n, 0) / n;
  const variance = errors.reduce((s, x) => s + (x.e - mean) ** 2 * x.n, 0) / (n - 1);
  const half = Z95 * Math.sqrt(variance / n);
  return { low: Math.max(0, mean - half), high: mean + half };
}

export interface ConfidenceRow {
  level: ConfidenceLevel;
  n: number;
  brier: number | null;
  interval: { low: number; high: number } | null;
}

/** Whether higher confidence went with better accuracy, comparing the highest and lowest levels that have statements. */
export function confidenceVerdict(rows: readonly ConfidenceRow[], totalStatements: number): string {
  const used = rows.filter((r) => r.n > 0 && r.brier !== null);
  if (used.length === 0) {
    return totalStatements > 0
      ? "None of these forecasts carries an analytic confidence (imported records such as ForecastBench's have none), so accuracy can't be split by confidence."
      : "No statement matches these filters.";
  }
  if (used.length === 1) return `Only ${used[0].level}-confidence forecasts match these filters: there is nothing to compare them with.`;
  const lowest = used[0];
  const highest = used[used.length - 1];
  const overlap = !lowest.interval || !highest.interval || lowest.interval.low <= highest.interval.high;
  const better = highest.brier! < lowest.brier!;
  const figures = `mean Brier ${highest.brier!.toFixed(3)} against ${lowest.brier!.toFixed(3)}`;
  const chance = overlap ? " The 95% intervals overlap, so the difference may be chance." : " The 95% intervals do not overlap.";
  return better
    ? `Yes: ${highest.level}-confidence judgments were more accurate than ${lowest.level}-confidence ones (${figures}).${chance}`
    : `No: ${highest.level}-confidence judgments were not more accurate than ${lowest.level}-confidence ones (${figures}).${chance}`;
}
