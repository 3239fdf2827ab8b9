import "server-only";
import type { Conn } from "@/db/client";
import { rawAggregateCounts, rawStatementCounts } from "@/db/queries/calibration";
import type { ScoreFilter } from "@/db/queries/scores";
import { tallyScope, tallyStatementCounts, tallyStatementCountsByKey, tallyTrendCells, type MonthCount } from "@/db/queries/tallies";
import type { ConfidenceLevel } from "@/lib/calibration/confidence";
import { cellsOf, type TrendCell } from "@/lib/calibration/trend";

/**
 * The filtered statements counted per probability and outcome (month 0): from the tallies when
 * the filter is one they answer (everyone, a tag, a confidence, a report; whole months), from the
 * stored statements otherwise (an analyst's or a team's, and the partial months at the ends of a
 * date range). Both are kept in the transaction that resolves, so either is current at once.
 */
export async function calibrationCounts(db: Conn, filter: ScoreFilter, of: "analysts" | "aggregate" = "analysts"): Promise<MonthCount[]> {
  // The aggregate is everyone's median: the reader's own rows and analyst filters don't apply to it.
  const keyed = of === "aggregate" ? { ...filter, analystIds: null, teamId: undefined } : filter;
  // Counted per probability and outcome only: a calibration needs no months (the trend reads its own cells).
  const raw = (f: ScoreFilter) => (of === "aggregate" ? rawAggregateCounts(db, f, false) : rawStatementCounts(db, f, false));
  const scope = tallyScope(keyed);
  if (!scope) return raw(keyed);
  const parts = await Promise.all([tallyStatementCounts(db, scope, of), ...scope.edges.map((edge) => raw({ ...keyed, from: edge.from, to: edge.to }))]);
  return parts.flat();
}

/**
 * `calibrationCounts` of each confidence level (the confidence panel): one tally query for all of
 * them when the tallies answer the filter with whole months, else each level's counts as usual.
 */
export async function calibrationCountsByConfidence(db: Conn, filter: ScoreFilter, levels: ConfidenceLevel[], of: "analysts" | "aggregate" = "analysts"): Promise<MonthCount[][]> {
  const keyed = of === "aggregate" ? { ...filter, analystIds: null, teamId: undefined } : filter;
  const scopes = levels.map((level) => tallyScope({ ...keyed, confidence: level }));
  const first = scopes[0];
  if (!first || first.dim !== "confidence" || scopes.some((scope) => !scope || scope.edges.length > 0)) {
    return Promise.all(levels.map((level) => calibrationCounts(db, { ...filter, confidence: level }, of)));
  }
  const byLevel = await tallyStatementCountsByKey(db, first, levels, of);
  return levels.map((level) => byLevel.get(level) ?? []);
}

/** The quarterly trend's decile cells, from the trend tally or (for what it doesn't split) the stored statements. */
export async function calibrationTrendCells(db: Conn, filter: ScoreFilter, of: "analysts" | "aggregate" = "analysts"): Promise<TrendCell[]> {
  const keyed = of === "aggregate" ? { ...filter, analystIds: null, teamId: undefined } : filter;
  const raw = of === "aggregate" ? rawAggregateCounts : rawStatementCounts;
  const scope = tallyScope(keyed);
  if (!scope) return cellsOf(await raw(db, keyed));
  const parts = await Promise.all([tallyTrendCells(db, scope, of), ...scope.edges.map(async (edge) => cellsOf(await raw(db, { ...keyed, from: edge.from, to: edge.to })))]);
  return parts.flat();
}
