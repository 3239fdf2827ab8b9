/**
 * Each analyst's predictions in the order they stand, split at the window's end.
 *
 * Order is (createdAt, id): of two predictions made at the same millisecond the one with the
 * greater id is taken as the later, as the database reads them (`ORDER BY created_at, id`). So the
 * result never depends on the order the caller passed them in.
 */
import type { ScoredPrediction } from "./types";
import { isLate } from "./window";

export interface AnalystHistory {
  analystId: string;
  /** Made at or before the end, in standing order; the last one is the final prediction. */
  scored: ScoredPrediction[];
  /** Made after the end, in the same order. */
  late: ScoredPrediction[];
}

/** Plain code-unit order, the same everywhere (no locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byStandingOrder(a: ScoredPrediction, b: ScoredPrediction): number {
  return a.createdAt - b.createdAt || compareIds(a.id, b.id);
}

/** One history per analyst with any prediction, sorted by analystId. */
export function analystHistories(predictions: readonly ScoredPrediction[], end: number): AnalystHistory[] {
  const byAnalyst = new Map<string, AnalystHistory>();
  for (const prediction of [...predictions].sort(byStandingOrder)) {
    let history = byAnalyst.get(prediction.analystId);
    if (!history) {
      history = { analystId: prediction.analystId, scored: [], late: [] };
      byAnalyst.set(prediction.analystId, history);
    }
    (isLate(prediction.createdAt, end) ? history.late : history.scored).push(prediction);
  }
  return [...byAnalyst.values()].sort((a, b) => compareIds(a.analystId, b.analystId));
}
