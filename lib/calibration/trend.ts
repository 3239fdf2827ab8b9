import { calibrate, type StatementCount } from "./calibrate";

export interface QuarterPoint {
  /** "2024 Q3" */
  quarter: string;
  n: number;
  brier: number | null;
  reliability: number | null;
}

/** Groups monthly counts (YYYYMM) by calendar quarter and scores each: the dashboard's trend. */
export function quarterlyTrend(counts: readonly (StatementCount & { month: number })[]): QuarterPoint[] {
  const byQuarter = new Map<number, StatementCount[]>();
  for (const c of counts) {
    const year = Math.floor(c.month / 100);
    const key = year * 10 + Math.ceil((c.month % 100) / 3);
    byQuarter.set(key, [...(byQuarter.get(key) ?? []), c]);
  }
  return [...byQuarter.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, list]) => {
      const result = calibrate(list);
      return { quarter: `${Math.floor(key / 10)} Q${key % 10}`, n: result.n, brier: result.brier, reliability: result.reliability };
    });
}
