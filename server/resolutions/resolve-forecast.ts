import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { resolutionNews, tellParticipants } from "../inbox/tell";
import { findForecastRow, lockForecast, predictorIdsOf, resolutionOf, scenariosOf } from "@/db/queries/forecasts";
import { existingEventIds, insertResolution } from "@/db/queries/resolutions";
import { canResolveAtAll, type Actor } from "@/lib/auth/policy";
import { resolveRefusal } from "@/lib/auth/resolve-refusal";
import { Conflict, Forbidden, NotFound, RuleViolation, type FieldIssue } from "@/lib/errors";
import { formatDay } from "@/lib/format/dates";
import { parseOrThrow } from "@/lib/validation/issues";
import { resolveForecastSchema, type ResolveForecastInput } from "@/lib/validation/resolution";
import { storeScores } from "../scoring/store-scores";
import { auditActorId } from "../system-actor";
import { resolutionWithScores, type ResolutionAnswer } from "./resolution-answer";

/**
 * A reviewer records what happened (the scenario that occurred, or an annulment), and the
 * forecast's scores are computed and stored in the same transaction. A reviewer who wrote the
 * forecast or predicted on it can't (SPEC §1), and a forecast is resolved once.
 */
export async function resolveForecast(actor: Actor, forecastId: string, rawInput: unknown, now: number): Promise<ResolutionAnswer> {
  await withTransaction(async (tx) => {
    await lockForecast(tx, forecastId);
    const forecast = await findForecastRow(tx, forecastId);
    if (!forecast) throw new NotFound("The forecast");
    if (!canResolveAtAll(actor)) throw new Forbidden(resolveRefusal(actor, forecast, false)!);
    if (await resolutionOf(tx, forecastId)) throw new Conflict("already_resolved", "This forecast is already resolved; an admin can reopen it.");
    const predicted = (await predictorIdsOf(tx, forecastId)).includes(actor.id);
    // The same words the resolve button shows, so the two can't drift apart.
    const refusal = resolveRefusal(actor, forecast, predicted);
    if (refusal) throw new Conflict("conflict_of_interest", refusal);
    const input = parseOrThrow(resolveForecastSchema, rawInput);
    const scenarioIds = (await scenariosOf(tx, forecastId)).map((s) => s.id);
    const issues = ruleIssues(input, { createdAt: forecast.createdAt, scenarioIds, now }, await existingEventIds(tx, input.eventIds));
    if (issues.length > 0) throw new RuleViolation(issues);
    const row = {
      forecastId,
      outcomeScenarioId: input.annulled ? null : input.outcomeScenarioId!,
      annulled: input.annulled,
      outcomeKnownAt: input.outcomeKnownAt,
      rationale: input.rationale,
      resolverId: actor.id,
      createdAt: now,
    };
    await insertResolution(tx, row, input.eventIds);
    await storeScores(tx, forecastId);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: input.annulled ? "forecast.annul" : "forecast.resolve", entity: "forecast", entityId: forecastId, after: { ...row, eventIds: input.eventIds } });
    await tellParticipants(tx, actor, forecast, input.annulled ? "annulled" : "resolved", resolutionNews(forecast, input.annulled), now);
  });
  return resolutionWithScores(actor, forecastId);
}

function ruleIssues(input: ResolveForecastInput, forecast: { createdAt: number; scenarioIds: string[]; now: number }, knownEvents: Set<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.outcomeScenarioId && !forecast.scenarioIds.includes(input.outcomeScenarioId)) issues.push({ field: "outcomeScenarioId", message: "is not a scenario of this forecast" });
  if (input.outcomeKnownAt > forecast.now) issues.push({ field: "outcomeKnownAt", message: "can't be in the future" });
  if (input.outcomeKnownAt < forecast.createdAt) issues.push({ field: "outcomeKnownAt", message: `can't be before the forecast was made (${formatDay(forecast.createdAt)})` });
  input.eventIds.forEach((id, index) => {
    if (!knownEvents.has(id)) issues.push({ field: `eventIds.${index}`, message: "is not a recorded event" });
  });
  return issues;
}
