import "server-only";
import { getDb } from "@/db/client";
import { findReportRow } from "@/db/queries/reports";
import { readScale } from "@/db/queries/scale";
import { listTeams } from "@/db/queries/users";

/** What the new-forecast form needs to offer: the scale, the teams, and the report it may come from. */
export async function newForecastContext(reportId: string | undefined) {
  const db = getDb();
  const report = reportId ? await findReportRow(db, reportId) : null;
  return { scale: await readScale(db), teams: await listTeams(db), report: report ? { id: report.id, title: report.title } : null };
}
