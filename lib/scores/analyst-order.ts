/**
 * The scores table's order: any column, either way. Each column first sorts best first (lowest
 * Brier, highest log score, most forecasts, names A to Z); choosing it again turns it around.
 */
export const SCORE_COLUMNS = ["name", "forecasts", "meanFinalBrier", "meanTimeAveragedBrier", "meanRelativeBrier", "meanFinalLogScore"] as const;
export type ScoreColumn = (typeof SCORE_COLUMNS)[number];
export type Direction = "asc" | "desc";

export interface AnalystMeansRow {
  analystId: string;
  name: string;
  forecasts: number;
  meanFinalBrier: number;
  meanTimeAveragedBrier: number;
  meanRelativeBrier: number;
  meanFinalLogScore: number;
}

const BEST_FIRST: Record<ScoreColumn, Direction> = {
  name: "asc",
  forecasts: "desc",
  meanFinalBrier: "asc",
  meanTimeAveragedBrier: "asc",
  meanRelativeBrier: "asc",
  meanFinalLogScore: "desc",
};

export function bestFirst(column: ScoreColumn): Direction {
  return BEST_FIRST[column];
}

/** The order a column header's link asks for: best first, or the other way when already sorted best first by it. */
export function sortAfterChoosing(column: ScoreColumn, current: { sort: ScoreColumn; dir: Direction }): { sort: ScoreColumn; dir: Direction } {
  if (current.sort !== column) return { sort: column, dir: bestFirst(column) };
  return { sort: column, dir: current.dir === "asc" ? "desc" : "asc" };
}

/** Sorted copy; ties keep name order (then id), so the page never shuffles between loads. */
export function sortAnalysts<T extends AnalystMeansRow>(rows: readonly T[], sort: ScoreColumn, dir: Direction): T[] {
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: T, b: T) => a.name.localeCompare(b.name) || a.analystId.localeCompare(b.analystId);
  return [...rows].sort((a, b) => {
    const primary = sort === "name" ? a.name.localeCompare(b.name) : a[sort] - b[sort];
    return primary !== 0 ? sign * primary : byName(a, b);
  });
}
