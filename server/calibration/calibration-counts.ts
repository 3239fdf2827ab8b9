import "server-only";
import type { Conn } from "@/db/client";
import { rawStatementCounts } from "@/db/queries/calibration";
import type { ScoreFilter } from "@/db/queries/scores";
import { tallyScope, tallyStatementCounts, type MonthCount } from "@/db/queries/tallies";

/**
 * The filtered statements counted per UTC month, probability and outcome: from the tallies when
 * the filter is one they answer (everyone, a tag, a confidence, a report; whole months), from the
 * stored statements otherwise (an analyst's or a team's, and the partial months at the ends of a
 * date range). Both are kept in the transaction that resolves, so either is current at once.
 */
export async function calibrationCounts(db: Conn, filter: ScoreFilter): Promise<MonthCount[]> {
  const scope = tallyScope(filter);
  if (!scope) return rawStatementCounts(db, filter);
  const parts = await Promise.all([tallyStatementCounts(db, scope), ...scope.edges.map((edge) => rawStatementCounts(db, { ...filter, from: edge.from, to: edge.to }))]);
  return parts.flat();
}
