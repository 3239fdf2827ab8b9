/**
 * SPEC §5's calibration, Murphy decomposition and discrimination, computed from counts of
 * probability statements: how many pairs (p, o) there are at each stored probability (tenths of
 * a percent, 0–1000) and outcome. Counts are what the database keeps summed (and what a
 * GROUP BY gives), and every figure below is exact from them: bins, means, REL/RES/UNC, the mean
 * (p − o)², AUC with ties, ANDI and overconfidence.
 */
import { binIndexOfTenths, binsOf, type BinKind } from "./bins";
import { wilsonInterval } from "./wilson";

/** `n` statements stated at `tenths` (‰) whose outcome was `outcome`. */
export interface StatementCount {
  tenths: number;
  outcome: 0 | 1;
  n: number;
}

export interface CalibrationBin {
  lower: number;
  upper: number;
  label: string;
  n: number;
  /** Percentages, as the API gives probabilities; null for an empty bin. */
  meanForecast: number | null;
  observedFrequency: number | null;
  wilsonLow: number | null;
  wilsonHigh: number | null;
}

export interface Calibration {
  bins: CalibrationBin[];
  n: number;
  /** The pairs' mean (p − o)², on fractions (0 is perfect). */
  brier: number | null;
  reliability: number | null;
  resolution: number | null;
  uncertainty: number | null;
  auc: number | null;
  andi: number | null;
  /** Over the pairs with p > 50%: mean p − mean o, in percentage points (positive: overconfident). */
  overconfidence: number | null;
}

/** The stored probabilities are whole tenths of a percent, 0–1000: a slot per (tenths, outcome). */
const SLOTS = 2 * 1001;

/**
 * Adds up counts that share a probability and outcome (several tally rows, several months…),
 * ordered by probability then outcome. A page merges a dozen lists of two thousand counts, so
 * they go into a slot per (tenths, outcome), already in order, rather than a map to sort.
 */
export function mergeCounts(counts: Iterable<StatementCount>): StatementCount[] {
  const list = Array.isArray(counts) ? (counts as StatementCount[]) : [...counts];
  const slots = new Float64Array(SLOTS);
  for (const c of list) {
    if (!Number.isInteger(c.tenths) || c.tenths < 0 || c.tenths > 1000) return mergeCountsAnyProbability(list);
    slots[c.tenths * 2 + c.outcome] += c.n;
  }
  const merged: StatementCount[] = [];
  for (let slot = 0; slot < SLOTS; slot++) if (slots[slot] !== 0) merged.push({ tenths: slot >> 1, outcome: (slot & 1) as 0 | 1, n: slots[slot] });
  return merged;
}

/** The same for probabilities off the stored grid (a caller's own pairs). */
function mergeCountsAnyProbability(counts: readonly StatementCount[]): StatementCount[] {
  const byKey = new Map<number, StatementCount>();
  for (const c of counts) {
    if (c.n === 0) continue;
    const key = c.tenths * 2 + c.outcome;
    const seen = byKey.get(key);
    if (seen) seen.n += c.n;
    else byKey.set(key, { tenths: c.tenths, outcome: c.outcome, n: c.n });
  }
  return [...byKey.values()].sort((a, b) => a.tenths - b.tenths || a.outcome - b.outcome);
}

/** Counts of a plain list of pairs (p in percent, as statements store it to a tenth). */
export function countsOf(pairs: readonly { probability: number; outcome: 0 | 1 }[]): StatementCount[] {
  return mergeCounts(pairs.map((p) => ({ tenths: Math.round(p.probability * 10), outcome: p.outcome, n: 1 })));
}

export function calibrate(rawCounts: Iterable<StatementCount>, kind: BinKind = "deciles"): Calibration {
  const counts = mergeCounts(rawCounts);
  const bins = binsOf(kind).map((bin) => ({ ...bin, n: 0, sumP: 0, hits: 0 }));
  let n = 0;
  let hits = 0;
  let sumSquaredError = 0;
  for (const c of counts) {
    const p = c.tenths / 1000;
    const bin = bins[binIndexOfTenths(c.tenths, kind)];
    bin.n += c.n;
    bin.sumP += p * c.n;
    bin.hits += c.outcome * c.n;
    n += c.n;
    hits += c.outcome * c.n;
    sumSquaredError += (p - c.outcome) ** 2 * c.n;
  }
  const base = n === 0 ? null : hits / n;
  let rel = 0;
  let res = 0;
  for (const bin of bins) {
    if (bin.n === 0 || base === null) continue;
    rel += bin.n * (bin.sumP / bin.n - bin.hits / bin.n) ** 2;
    res += bin.n * (bin.hits / bin.n - base) ** 2;
  }
  const uncertainty = base === null ? null : base * (1 - base);
  const resolution = n === 0 ? null : res / n;
  const nonEmpty = bins.filter((b) => b.n > 0).length;
  return {
    bins: bins.map((bin) => {
      const interval = wilsonInterval(bin.hits, bin.n);
      return {
        lower: bin.lower,
        upper: bin.upper,
        label: bin.label,
        n: bin.n,
        meanForecast: bin.n === 0 ? null : (100 * bin.sumP) / bin.n,
        observedFrequency: bin.n === 0 ? null : (100 * bin.hits) / bin.n,
        wilsonLow: interval ? 100 * interval.low : null,
        wilsonHigh: interval ? 100 * interval.high : null,
      };
    }),
    n,
    brier: n === 0 ? null : sumSquaredError / n,
    reliability: n === 0 ? null : rel / n,
    resolution,
    uncertainty,
    auc: areaUnderCurve(counts),
    andi: adjustedDiscrimination(n, nonEmpty, resolution, uncertainty),
    overconfidence: overconfidenceOf(counts),
  };
}

/**
 * P(p of a pair with o = 1 > p of a pair with o = 0), ties counting ½: walking the
 * probabilities upwards, each positive beats every negative below it and ties those at its
 * own probability. Null without both kinds of pair.
 */
export function areaUnderCurve(counts: readonly StatementCount[]): number | null {
  const sorted = mergeCounts(counts);
  const positives = sorted.filter((c) => c.outcome === 1).reduce((s, c) => s + c.n, 0);
  const negatives = sorted.filter((c) => c.outcome === 0).reduce((s, c) => s + c.n, 0);
  if (positives === 0 || negatives === 0) return null;
  let negativesBelow = 0;
  let wins = 0;
  for (let i = 0; i < sorted.length; ) {
    const tenths = sorted[i].tenths;
    let pos = 0;
    let neg = 0;
    for (; i < sorted.length && sorted[i].tenths === tenths; i++) {
      if (sorted[i].outcome === 1) pos += sorted[i].n;
      else neg += sorted[i].n;
    }
    wins += pos * negativesBelow + 0.5 * pos * neg;
    negativesBelow += neg;
  }
  return wins / (positives * negatives);
}

/**
 * ANDI (Yaniv, Yates & Smith 1991): η² = RES / UNC adjusted for the number J of non-empty bins,
 * (N·η² − J + 1) / (N − J + 1). Null when UNC = 0 (every outcome alike) or N ≤ J − 1.
 */
export function adjustedDiscrimination(n: number, nonEmptyBins: number, resolution: number | null, uncertainty: number | null): number | null {
  if (resolution === null || uncertainty === null || uncertainty === 0 || n <= nonEmptyBins - 1) return null;
  const etaSquared = resolution / uncertainty;
  return (n * etaSquared - nonEmptyBins + 1) / (n - nonEmptyBins + 1);
}

/** Over the pairs that leaned yes (p > 50%): mean p − mean o, in percentage points; null when none did. */
export function overconfidenceOf(counts: readonly StatementCount[]): number | null {
  let n = 0;
  let sumP = 0;
  let hits = 0;
  for (const c of counts) {
    if (c.tenths <= 500) continue;
    n += c.n;
    sumP += (c.tenths / 10) * c.n;
    hits += 100 * c.outcome * c.n;
  }
  return n === 0 ? null : (sumP - hits) / n;
}
