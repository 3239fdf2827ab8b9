import "server-only";
import { getDb, withTransaction, type Conn } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { insertForecast, insertPrediction } from "@/db/queries/forecasts";
import { findReportRow } from "@/db/queries/reports";
import { teamExists } from "@/db/queries/users";
import { canCreateForecast, type Actor } from "@/lib/auth/policy";
import type { ForecastDto } from "@/lib/dto/forecast";
import { Forbidden, RuleViolation, type FieldIssue } from "@/lib/errors";
import { createForecastSchema, type CreateForecastInput } from "@/lib/validation/forecast";
import { parseOrThrow } from "@/lib/validation/issues";
import { toTenths } from "@/lib/validation/probabilities";
import { auditActorId } from "../system-actor";
import { toForecastDto } from "./forecast-dto";
import { loadForecast } from "./load-forecast";

/** A new forecast with its scenarios and the author's first prediction (the prior of SPEC §4), in one transaction. */
export async function createForecast(actor: Actor, rawInput: unknown, now: number): Promise<ForecastDto> {
  if (!canCreateForecast(actor)) throw new Forbidden("Only analysts can create forecasts.");
  const input = parseOrThrow(createForecastSchema, rawInput);
  const id = crypto.randomUUID();
  const scenarios = input.scenarios.map((s) => ({ id: crypto.randomUUID(), label: s.label, description: s.description, baseline: s.baseline }));
  await withTransaction(async (tx) => {
    const issues = await referenceIssues(tx, input, now);
    if (issues.length > 0) throw new RuleViolation(issues);
    await insertForecast(tx, {
      id,
      title: input.title,
      statement: input.statement,
      resolutionCriteria: input.resolutionCriteria,
      closesAt: input.closesAt,
      createdAt: now,
      confidence: input.confidence,
      teamId: input.teamId,
      authorId: actor.id,
      reportId: input.reportId,
      excerpt: input.excerpt,
      tags: input.tags,
      scenarios,
    });
    const predictionId = crypto.randomUUID();
    const tenths = Object.fromEntries(scenarios.map((s, i) => [s.id, toTenths(input.probabilities[i])]));
    await insertPrediction(tx, { id: predictionId, forecastId: id, analystId: actor.id, createdAt: now, rationale: input.rationale, tenths });
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "forecast.create", entity: "forecast", entityId: id, after: { ...input, scenarios } });
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "prediction.create", entity: "prediction", entityId: predictionId, after: { forecastId: id, probabilities: input.probabilities } });
  });
  return toForecastDto(await loadForecast(getDb(), id), now);
}

async function referenceIssues(tx: Conn, input: CreateForecastInput, now: number): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (input.closesAt <= now) issues.push({ field: "closesAt", message: "must be in the future" });
  if (input.teamId && !(await teamExists(tx, input.teamId))) issues.push({ field: "teamId", message: "is not a known team" });
  if (input.reportId && !(await findReportRow(tx, input.reportId))) issues.push({ field: "reportId", message: "is not a known report" });
  return issues;
}
