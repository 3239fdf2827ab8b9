import "server-only";
import { getDb } from "@/db/client";
import { canReadAllScores, canReadScoresOf, type Actor } from "@/lib/auth/policy";
import { calibrate, type Calibration, type StatementCount } from "@/lib/calibration/calibrate";
import { brierInterval, type ConfidenceLevel } from "@/lib/calibration/confidence";
import { quarterlyTrend, type QuarterPoint, type TrendCell } from "@/lib/calibration/trend";
import { BadRequest, Forbidden } from "@/lib/errors";
import type { CalibrationQuery } from "@/lib/validation/calibration";
import { scoreFilterOf } from "../scores/list-scores";
import { calibrationCounts, calibrationCountsByConfidence, calibrationTrendCells } from "./calibration-counts";

export interface CalibrationView extends Calibration {
  /** Mean (p − o)² and reliability per calendar quarter of the outcome, oldest first (asked for by the page; empty otherwise). */
  trend: QuarterPoint[];
  /** 95% interval of the mean (p − o)² (null below two statements). */
  brierInterval: { low: number; high: number } | null;
  /** Whose statements these are: everyone's (a reviewer or manager) or the reader's own. */
  scope: "everyone" | "own";
}

const NOT_YOURS = "You may read your own calibration and the whole team's, but not another analyst's.";

/** Refuses an analyst another analyst's `analystId` (SPEC §6), and anyone without a role. */
export function authoriseCalibration(actor: Actor, query: Pick<CalibrationQuery, "analystId">): void {
  if (actor.roles.length === 0) throw new Forbidden();
  if (query.analystId && !canReadScoresOf(actor, query.analystId)) throw new Forbidden(NOT_YOURS);
}

/**
 * SPEC §5's calibration of the statements the filters keep (GET /api/v1/calibration and the
 * calibration page): bins, Murphy decomposition, discrimination, and the quarterly trend.
 * Reviewers and managers read everyone's; an analyst their own only, whatever the filters say.
 */
export async function getCalibration(actor: Actor, query: CalibrationQuery, options: { trend: boolean } = { trend: false }): Promise<CalibrationView> {
  authoriseQuery(actor, query);
  const filter = scoreFilterOf(actor, query);
  const [counts, cells] = await Promise.all([calibrationCounts(getDb(), filter, query.of), options.trend ? calibrationTrendCells(getDb(), filter, query.of) : []]);
  return viewOf(actor, counts, query.bins, cells);
}

/** `getCalibration` of each confidence level, as the confidence panel shows them, read together. */
export async function getCalibrationsByConfidence(actor: Actor, query: CalibrationQuery, levels: ConfidenceLevel[]): Promise<{ level: ConfidenceLevel; calibration: CalibrationView }[]> {
  authoriseQuery(actor, query);
  const counts = await calibrationCountsByConfidence(getDb(), scoreFilterOf(actor, query), levels, query.of);
  return levels.map((level, i) => ({ level, calibration: viewOf(actor, counts[i], query.bins, []) }));
}

function authoriseQuery(actor: Actor, query: CalibrationQuery): void {
  authoriseCalibration(actor, query);
  if (query.of === "aggregate" && (query.teamId || query.analystId)) {
    throw new BadRequest("of=aggregate is everyone's median forecast: leave out teamId and analystId", [{ field: query.teamId ? "teamId" : "analystId", message: "can't be combined with of=aggregate (everyone's median)" }]);
  }
}

function viewOf(actor: Actor, counts: StatementCount[], bins: CalibrationQuery["bins"], cells: TrendCell[]): CalibrationView {
  return { ...calibrate(counts, bins), brierInterval: brierInterval(counts), trend: quarterlyTrend(cells), scope: canReadAllScores(actor) ? "everyone" : "own" };
}
