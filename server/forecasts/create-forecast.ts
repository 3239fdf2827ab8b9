import "server-only";
import { getDb } from "@/db/client";
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
export function createForecast(actor: Actor, rawInput: unknown, now: number): ForecastDto {
  if (!canCreateForecast(actor)) throw new Forbidden("Only analysts can create forecasts.");
  const input = parseOrThrow(createForecastSchema, rawInput);
  const db = getDb();
  const issues = referenceIssues(input, now);
  if (issues.length > 0) throw new RuleViolation(issues);

  const id = crypto.randomUUID();
  const scenarios = input.scenarios.map((s) => ({ id: crypto.randomUUID(), label: s.label, description: s.description, baseline: s.baseline }));
  db.transaction((tx) => {
    insertForecast(tx, {
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
    insertPrediction(tx, { id: predictionId, forecastId: id, analystId: actor.id, createdAt: now, rationale: input.rationale, tenths });
    writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "forecast.create", entity: "forecast", entityId: id, after: { ...input, scenarios } });
    writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "prediction.create", entity: "prediction", entityId: predictionId, after: { forecastId: id, probabilities: input.probabilities } });
  });
  return toForecastDto(loadForecast(db, id), now);
}

function referenceIssues(input: CreateForecastInput, now: number): FieldIssue[] {
  const db = getDb();
  const issues: FieldIssue[] = [];
  if (input.closesAt <= now) issues.push({ field: "closesAt", message: "must be in the future" });
  if (input.teamId && !teamExists(db, input.teamId)) issues.push({ field: "teamId", message: "is not a known team" });
  if (input.reportId && !findReportRow(db, input.reportId)) issues.push({ field: "reportId", message: "is not a known report" });
  return issues;
}
