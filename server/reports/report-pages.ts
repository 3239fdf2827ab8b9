import "server-only";
import { getDb } from "@/db/client";
import { findReportRow, forecastCountsByReport, listReportRows } from "@/db/queries/reports";
import { readScale } from "@/db/queries/scale";
import { canCreateForecast, canRead, type Actor } from "@/lib/auth/policy";
import { extractJudgments } from "@/lib/estimative";
import { Forbidden, NotFound } from "@/lib/errors";
import { listForecasts } from "../forecasts/list-forecasts";

export async function reportList(actor: Actor) {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const counts = await forecastCountsByReport(db);
  return (await listReportRows(db)).map((r) => ({ id: r.id, title: r.title, authors: r.authors, publishedAt: r.publishedAt, forecasts: counts.get(r.id) ?? 0 }));
}

/** A report with its key judgments (extracted afresh: extraction is pure and fast) and the forecasts made from it. */
export async function reportPage(actor: Actor, reportId: string, now: number) {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const report = await findReportRow(db, reportId);
  if (!report) throw new NotFound("The report");
  const judgments = extractJudgments(report.body, report.publishedAt);
  const forecasts = (await listForecasts(actor, { reportId, limit: 200 }, now)).items;
  return { report, judgments, forecasts, scale: await readScale(db), mayCreateForecast: canCreateForecast(actor) };
}
