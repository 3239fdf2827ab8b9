import "server-only";
import { getDb } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findForecastRow, insertPrediction, resolutionOf, scenariosOf } from "@/db/queries/forecasts";
import { canPredict, type Actor } from "@/lib/auth/policy";
import type { PredictionDto } from "@/lib/dto/forecast";
import { Conflict, Forbidden, NotFound, RuleViolation, type FieldIssue } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import { parseOrThrow } from "@/lib/validation/issues";
import { addPredictionSchema } from "@/lib/validation/prediction";
import { toTenths } from "@/lib/validation/probabilities";
import { auditActorId } from "../system-actor";

/** Appends one analyst's probabilities over every scenario. Nothing ever edits or deletes a prediction. */
export function addPrediction(actor: Actor, forecastId: string, rawInput: unknown, now: number): PredictionDto {
  const db = getDb();
  const forecast = findForecastRow(db, forecastId);
  if (!forecast) throw new NotFound("The forecast");
  if (!canPredict(actor)) throw new Forbidden("Only analysts can add predictions.");
  if (resolutionOf(db, forecastId)) throw new Conflict("already_resolved", "This forecast has been resolved: it takes no more predictions.");
  if (forecast.closesAt <= now) {
    throw new Conflict("forecast_closed", `This forecast closed on ${toIso(forecast.closesAt)}: it takes no more predictions.`);
  }
  const input = parseOrThrow(addPredictionSchema, rawInput);
  const scenarioIds = scenariosOf(db, forecastId).map((s) => s.id);
  const issues = scenarioIssues(scenarioIds, Object.keys(input.probabilities));
  if (issues.length > 0) throw new RuleViolation(issues);

  const id = crypto.randomUUID();
  const tenths = Object.fromEntries(scenarioIds.map((sid) => [sid, toTenths(input.probabilities[sid])]));
  db.transaction((tx) => {
    insertPrediction(tx, { id, forecastId, analystId: actor.id, createdAt: now, rationale: input.rationale, tenths });
    writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "prediction.create", entity: "prediction", entityId: id, after: { forecastId, probabilities: input.probabilities, rationale: input.rationale } });
  });
  const probabilities = Object.fromEntries(scenarioIds.map((sid) => [sid, input.probabilities[sid]]));
  return { id, analystId: actor.id, createdAt: toIso(now), probabilities, rationale: input.rationale };
}

/** A prediction covers exactly the forecast's scenarios: none unknown, none missing. */
function scenarioIssues(scenarioIds: string[], given: string[]): FieldIssue[] {
  const known = new Set(scenarioIds);
  const issues: FieldIssue[] = given
    .filter((id) => !known.has(id))
    .map((id) => ({ field: `probabilities.${id}`, message: "is not a scenario of this forecast" }));
  const missing = scenarioIds.filter((id) => !given.includes(id));
  if (missing.length > 0) issues.push({ field: "probabilities", message: `needs a percentage for every scenario (missing: ${missing.join(", ")})` });
  return issues;
}
