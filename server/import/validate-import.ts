import "server-only";
import type { Conn } from "@/db/client";
import { existingReportIds, existingTeamIds } from "@/db/queries/import";
import { RuleViolation, type FieldIssue } from "@/lib/errors";
import { importEnvelopeSchema, importForecastSchema, type ImportForecastInput } from "@/lib/validation/import";
import { fieldIssues } from "@/lib/validation/issues";

export interface CheckedImport {
  /** The items as sent, for the checks against the database. */
  items: unknown[];
  /** The forecasts that parsed (all of them when there are no issues). */
  forecasts: ImportForecastInput[];
  issues: FieldIssue[];
}

/**
 * Checks a parsed import body forecast by forecast with the one schema of `lib/validation/import`,
 * pacing between forecasts so a large file never holds the server, and collects every issue of
 * every forecast (`forecasts.3.predictions.1.probabilities`). Only a body that is not
 * `{forecasts: [...]}` at all is refused at once.
 */
export async function checkImport(raw: unknown, now: number, pace: () => Promise<void>, progress: (done: number, total: number) => void): Promise<CheckedImport> {
  const envelope = importEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new RuleViolation(fieldIssues(envelope.error));
  const items = envelope.data.forecasts;
  const schema = importForecastSchema(now);
  const issues: FieldIssue[] = [];
  const forecasts: ImportForecastInput[] = [];
  for (const [index, item] of items.entries()) {
    const result = schema.safeParse(item);
    if (result.success) forecasts.push(result.data);
    else issues.push(...fieldIssues(result.error).map((issue) => ({ field: issue.field ? `forecasts.${index}.${issue.field}` : `forecasts.${index}`, message: issue.message })));
    if (index % 100 === 99) progress(index + 1, items.length);
    await pace();
  }
  progress(items.length, items.length);
  return { items, forecasts, issues };
}

/** Both kinds of issue in the file's order, each forecast's own issues before those found in the database. */
export function mergeIssues(own: FieldIssue[], fromDatabase: FieldIssue[]): FieldIssue[] {
  const indexOf = (issue: FieldIssue) => Number(issue.field.split(".")[1] ?? -1);
  return [...own.map((issue, order) => ({ issue, order })), ...fromDatabase.map((issue, order) => ({ issue, order: own.length + order }))]
    .sort((a, b) => indexOf(a.issue) - indexOf(b.issue) || a.order - b.order)
    .map(({ issue }) => issue);
}

/** Teams and reports named by id must exist, as when a forecast is created. Read from the raw items, so a forecast with other issues is checked too. */
export async function referenceIssues(db: Conn, items: readonly unknown[]): Promise<FieldIssue[]> {
  const idOf = (item: unknown, key: "teamId" | "reportId") => {
    const value = typeof item === "object" && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    return typeof value === "string" && value !== "" ? value : null;
  };
  const wanted = (key: "teamId" | "reportId") => [...new Set(items.map((item) => idOf(item, key)).filter((id): id is string => id !== null))];
  const teams = await existingTeamIds(db, wanted("teamId"));
  const reports = await existingReportIds(db, wanted("reportId"));
  const issues: FieldIssue[] = [];
  items.forEach((item, index) => {
    const teamId = idOf(item, "teamId");
    const reportId = idOf(item, "reportId");
    if (teamId && !teams.has(teamId)) issues.push({ field: `forecasts.${index}.teamId`, message: "is not a known team" });
    if (reportId && !reports.has(reportId)) issues.push({ field: `forecasts.${index}.reportId`, message: "is not a known report" });
  });
  return issues;
}
