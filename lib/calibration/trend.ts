import type { StatementCount } from "./calibrate";

export interface QuarterPoint {
  /** "2024 Q3" */
  quarter: string;
  n: number;
  brier: number | null;
  reliability: number | null;
}

/** A month's statements in one decile: enough for its mean Brier and decile reliability exactly. */
export interface TrendCell {
  month: number;
  decile: number;
  n: number;
  hits: number;
  sumP: number;
  sumSquaredError: number;
}

/** Exact counts (tenths, outcome, month YYYYMM) summed into decile cells. */
export function cellsOf(counts: readonly (StatementCount & { month: number })[]): TrendCell[] {
  const cells = new Map<string, TrendCell>();
  for (const c of counts) {
    const decile = Math.min(9, Math.floor(c.tenths / 100));
    const key = `${c.month} ${decile}`;
    const cell = cells.get(key) ?? { month: c.month, decile, n: 0, hits: 0, sumP: 0, sumSquaredError: 0 };
    const p = c.tenths / 1000;
    cell.n += c.n;
    cell.hits += c.outcome * c.n;
    cell.sumP += p * c.n;
    cell.sumSquaredError += (p - c.outcome) ** 2 * c.n;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

/** Groups monthly cells by calendar quarter: each quarter's mean (p − o)² and decile reliability, oldest first. */
export function quarterlyTrend(cells: readonly TrendCell[]): QuarterPoint[] {
  const byQuarter = new Map<number, Map<number, TrendCell>>();
  for (const c of cells) {
    const key = Math.floor(c.month / 100) * 10 + Math.ceil((c.month % 100) / 3);
    const deciles = byQuarter.get(key) ?? new Map<number, TrendCell>();
    const cell = deciles.get(c.decile) ?? { ...c, n: 0, hits: 0, sumP: 0, sumSquaredError: 0 };
    cell.n += c.n;
    cell.hits += c.hits;
    cell.sumP += c.sumP;
    cell.sumSquaredError += c.sumSquaredError;
    deciles.set(c.decile, cell);
    byQuarter.set(key, deciles);
  }
  return [...byQuarter.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, deciles]) => {
      const list = [...deciles.values()].filter((c) => c.n > 0);
      const n = list.reduce((s, c) => s + c.n, 0);
      const sse = list.reduce((s, c) => s + c.sumSquaredError, 0);
      const rel = list.reduce((s, c) => s + c.n * (c.sumP / c.n - c.hits / c.n) ** 2, 0);
      return { quarter: `${Math.floor(key / 10)} Q${key % 10}`, n, brier: n === 0 ? null : sse / n, reliability: n === 0 ? null : rel / n };
    })
    .filter((q) => q.n > 0);
}
