import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { findReportRow } from "@/db/queries/reports";
import { readScale } from "@/db/queries/scale";
import { listTeams } from "@/db/queries/users";
import { canCreateForecast, type Actor } from "@/lib/auth/policy";
import { Forbidden } from "@/lib/errors";

/** The report a new forecast may start from, as the page's query names it; anything else is no report. */
const reportIdSchema = z.string().min(1).max(100).optional().catch(undefined);

/** What the new-forecast form needs to offer: the scale, the teams, and the report it may come from. */
export async function newForecastContext(actor: Actor, rawReportId: unknown) {
  if (!canCreateForecast(actor)) throw new Forbidden("Only analysts can create forecasts.");
  const reportId = reportIdSchema.parse(rawReportId);
  const db = getDb();
  const report = reportId ? await findReportRow(db, reportId) : null;
  return { scale: await readScale(db), teams: await listTeams(db), report: report ? { id: report.id, title: report.title } : null };
}
