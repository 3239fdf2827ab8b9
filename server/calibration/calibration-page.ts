import "server-only";
import { getDb } from "@/db/client";
import { readScale } from "@/db/queries/scale";
import { namesOf, listTeams } from "@/db/queries/users";
import type { Actor } from "@/lib/auth/policy";
import type { ConfidenceLevel } from "@/lib/calibration/confidence";
import type { CalibrationQuery } from "@/lib/validation/calibration";
import type { CalibrationPageQuery } from "@/lib/validation/calibration-page";
import { calibrationStatements, type CalibrationStatementView } from "./calibration-statements";
import { getCalibration, getCalibrationsByConfidence, type CalibrationView } from "./get-calibration";

export interface CalibrationSeries {
  /** "Everyone", an analyst's name or a team's. */
  name: string;
  calibration: CalibrationView;
}

export interface CalibrationPageData {
  scale: "icd203" | "phia";
  main: CalibrationSeries;
  /** The second analyst or team drawn on the same chart, when asked for. */
  versus: CalibrationSeries | null;
  /** Everyone's median forecast (of=aggregate) over the same forecasts, when overlaid. */
  aggregate: CalibrationSeries | null;
  drill: { bin: number; items: CalibrationStatementView[]; nextCursor: string | null } | null;
  /** The same statements split by the forecasts' analytic confidence (the confidence panel, when asked for; else empty). */
  byConfidence: { level: ConfidenceLevel; calibration: CalibrationView }[];
}

const LEVELS: ConfidenceLevel[] = ["low", "moderate", "high"];

/**
 * Everything the calibration page shows, with the rights of GET /api/v1/calibration (an analyst's
 * own record only; another analyst's id, as the main series, the comparison or the drill-down,
 * is a 403).
 */
export async function calibrationPage(actor: Actor, query: CalibrationQuery, page: CalibrationPageQuery): Promise<CalibrationPageData> {
  const versusQuery = page.vsAnalystId ? { ...query, analystId: page.vsAnalystId } : page.vsTeamId ? { ...query, teamId: page.vsTeamId } : null;
  const levels = page.panel !== "confidence" ? [] : query.confidence ? [query.confidence] : LEVELS;
  // Every part at once: on PostgreSQL each takes its own pooled connection.
  const [scale, main, versus, drill, aggregate, byConfidence, names] = await Promise.all([
    readScale(getDb()),
    getCalibration(actor, query, { trend: true }),
    versusQuery ? getCalibration(actor, versusQuery) : null,
    page.bin === undefined ? null : calibrationStatements(actor, { ...query, of: "analysts", bin: page.bin, limit: 50, cursor: page.cursor }),
    page.overlay === "aggregate" ? getCalibration(actor, { ...query, of: "aggregate", analystId: undefined, teamId: undefined }) : null,
    levels.length === 0 ? [] : getCalibrationsByConfidence(actor, query, levels),
    seriesNames(actor, [query, versusQuery]),
  ]);
  return {
    scale,
    main: { name: names[0], calibration: main },
    versus: versus && versusQuery ? { name: names[1], calibration: versus } : null,
    aggregate: aggregate ? { name: "Team median (everyone)", calibration: aggregate } : null,
    drill: drill && page.bin !== undefined ? { bin: page.bin, ...drill } : null,
    byConfidence,
  };
}

async function seriesNames(actor: Actor, queries: (Pick<CalibrationQuery, "analystId" | "teamId"> | null)[]): Promise<string[]> {
  const db = getDb();
  const people = await namesOf(db, queries.flatMap((q) => (q?.analystId ? [q.analystId] : [])));
  const teams = queries.some((q) => q?.teamId) ? await listTeams(db) : [];
  return queries.map((q) => {
    if (!q) return "";
    const who = q.analystId ? (people.get(q.analystId)?.name ?? "An analyst") : null;
    const team = q.teamId ? `team ${teams.find((t) => t.id === q.teamId)?.name ?? "(unknown)"}` : null;
    if (who && team) return `${who} (${team})`;
    return who ?? (team ? team.charAt(0).toUpperCase() + team.slice(1) : actor.roles.some((r) => r === "reviewer" || r === "manager") ? "Everyone" : "You");
  });
}
