import "server-only";
import type { Conn } from "@/db/client";
import { existingReportIds, existingTeamIds } from "@/db/queries/import";
import { RuleViolation, type FieldIssue } from "@/lib/errors";
import { importEnvelopeSchema, importForecastSchema, type ImportForecastInput } from "@/lib/validation/import";
import { fieldIssues } from "@/lib/validation/issues";

/**
 * Checks a parsed import body forecast by forecast with the one schema of `lib/validation/import`,
 * pacing between forecasts so a large file never holds the server, then the teams and reports it
 * names against the database, and reports every issue of every forecast at once
 * (`forecasts.3.predictions.1.probabilities`), in the file's order: all or nothing.
 */
export async function validateImport(db: Conn, raw: unknown, now: number, pace: () => Promise<void>, progress: (done: number, total: number) => void): Promise<ImportForecastInput[]> {
  const envelope = importEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new RuleViolation(fieldIssues(envelope.error));
  const items = envelope.data.forecasts;
  const schema = importForecastSchema(now);
  const issuesByItem = new Map<number, FieldIssue[]>();
  const forecasts: ImportForecastInput[] = [];
  for (const [index, item] of items.entries()) {
    const result = schema.safeParse(item);
    if (result.success) forecasts.push(result.data);
    else issuesByItem.set(index, fieldIssues(result.error).map((issue) => ({ field: issue.field ? `forecasts.${index}.${issue.field}` : `forecasts.${index}`, message: issue.message })));
    if (index % 100 === 99) progress(index + 1, items.length);
    await pace();
  }
  progress(items.length, items.length);
  for (const issue of await referenceIssues(db, items)) {
    const index = Number(issue.field.split(".")[1]);
    issuesByItem.set(index, [...(issuesByItem.get(index) ?? []), issue]);
  }
  if (issuesByItem.size > 0) throw new RuleViolation([...issuesByItem.entries()].sort(([a], [b]) => a - b).flatMap(([, issues]) => issues));
  return forecasts;
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
