import "server-only";
import { withTransaction, type Conn } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findForecastRow, insertPrediction, lastPredictionAt, lockForecast, resolutionOf, scenariosOf } from "@/db/queries/forecasts";
import { canPredict, type Actor } from "@/lib/auth/policy";
import type { PredictionDto } from "@/lib/dto/forecast";
import { Conflict, Forbidden, NotFound, RuleViolation, type FieldIssue } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import { parseOrThrow } from "@/lib/validation/issues";
import { addPredictionSchema } from "@/lib/validation/prediction";
import { toTenths } from "@/lib/validation/probabilities";
import { predictionNews, tellParticipants } from "../inbox/tell";
import { auditActorId } from "../system-actor";

/** Appends one analyst's probabilities over every scenario. Nothing ever edits or deletes a prediction. */
export async function addPrediction(actor: Actor, forecastId: string, rawInput: unknown, now: number): Promise<PredictionDto> {
  const id = crypto.randomUUID();
  // Every check that decides whether the prediction may be written runs inside its transaction,
  // with the forecast locked, so a resolution can't land between the check and the write.
  const { input, scenarioIds, createdAt } = await withTransaction(async (tx) => {
    await lockForecast(tx, forecastId);
    const forecast = await findForecastRow(tx, forecastId);
    if (!forecast) throw new NotFound("The forecast");
    if (!canPredict(actor)) throw new Forbidden("Only analysts can add predictions.");
    if (await resolutionOf(tx, forecastId)) throw new Conflict("already_resolved", "This forecast has been resolved: it takes no more predictions.");
    if (forecast.closesAt <= now) {
      throw new Conflict("forecast_closed", `This forecast closed on ${toIso(forecast.closesAt)}: it takes no more predictions.`);
    }
    const input = parseOrThrow(addPredictionSchema, rawInput);
    const scenarioIds = (await scenariosOf(tx, forecastId)).map((s) => s.id);
    const issues = scenarioIssues(scenarioIds, Object.keys(input.probabilities));
    if (issues.length > 0) throw new RuleViolation(issues);
    const tenths = Object.fromEntries(scenarioIds.map((sid) => [sid, toTenths(input.probabilities[sid])]));
    const createdAt = await strictlyAfterOwnLast(tx, forecastId, actor.id, now);
    await insertPrediction(tx, { id, forecastId, analystId: actor.id, createdAt, rationale: input.rationale, tenths });
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "prediction.create", entity: "prediction", entityId: id, after: { forecastId, probabilities: input.probabilities, rationale: input.rationale } });
    await tellParticipants(tx, actor, forecast, "prediction", predictionNews(actor, forecast), now);
    return { input, scenarioIds, createdAt };
  });
  const probabilities = Object.fromEntries(scenarioIds.map((sid) => [sid, input.probabilities[sid]]));
  return { id, analystId: actor.id, createdAt: toIso(createdAt), probabilities, rationale: input.rationale };
}

/**
 * Two predictions of one analyst in the same millisecond would have no order (which one stands?),
 * and an export holding them would not import. The later one is stamped a millisecond after.
 */
async function strictlyAfterOwnLast(tx: Conn, forecastId: string, analystId: string, now: number): Promise<number> {
  const last = await lastPredictionAt(tx, forecastId, analystId);
  return last === null ? now : Math.max(now, last + 1);
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
