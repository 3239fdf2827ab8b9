import "server-only";
import { getDb } from "@/db/client";
import { findReportRow, forecastCountsByReport, listReportRows } from "@/db/queries/reports";
import { readScale } from "@/db/queries/scale";
import { canCreateForecast, canRead, type Actor } from "@/lib/auth/policy";
import { extractKeyJudgments } from "@/lib/estimative";
import { Forbidden, NotFound } from "@/lib/errors";
import { listForecasts } from "../forecasts/list-forecasts";

export async function reportList(actor: Actor) {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const counts = await forecastCountsByReport(db);
  return (await listReportRows(db)).map((r) => ({ id: r.id, title: r.title, authors: r.authors, publishedAt: r.publishedAt, forecasts: counts.get(r.id) ?? 0 }));
}

/**
 * A report with its key judgments (extracted afresh: extraction is pure and fast), the forecasts
 * it states without a likelihood, and the forecasts made from it.
 */
export async function reportPage(actor: Actor, reportId: string, now: number) {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const report = await findReportRow(db, reportId);
  if (!report) throw new NotFound("The report");
  // The installation's scale decides a word both scales share (SPEC §3).
  const scale = await readScale(db);
  const { judgments, unhedged } = extractKeyJudgments(report.body, report.publishedAt, scale);
  const forecasts = (await listForecasts(actor, { reportId, limit: 200 }, now)).items;
  return { report, judgments, unhedged, forecasts, scale, mayCreateForecast: canCreateForecast(actor) };
}
