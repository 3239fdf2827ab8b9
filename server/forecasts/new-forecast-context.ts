import "server-only";
import { getDb } from "@/db/client";
import { findReportRow } from "@/db/queries/reports";
import { readScale } from "@/db/queries/scale";
import { listTeams } from "@/db/queries/users";

/** What the new-forecast form needs to offer: the scale, the teams, and the report it may come from. */
export function newForecastContext(reportId: string | undefined) {
  const db = getDb();
  const report = reportId ? findReportRow(db, reportId) : null;
  return { scale: readScale(), teams: listTeams(db), report: report ? { id: report.id, title: report.title } : null };
}
