import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { insertIndicator } from "@/db/queries/evidence";
import { findForecastRow, lockForecast, resolutionOf, scenariosOf } from "@/db/queries/forecasts";
import { canAddIndicator, type Actor } from "@/lib/auth/policy";
import type { IndicatorDto } from "@/lib/dto/forecast";
import { Conflict, Forbidden, NotFound, RuleViolation, type FieldIssue } from "@/lib/errors";
import { expectedByBeforeForecast, isBeforeForecastDay } from "@/lib/evidence/forecast-start";
import { toIso, toIsoOrNull } from "@/lib/format/dates";
import { addIndicatorSchema } from "@/lib/validation/evidence";
import { parseOrThrow } from "@/lib/validation/issues";
import { auditActorId } from "../system-actor";

/**
 * Indicators encode the author's theory of the case, so only the author adds them (403 otherwise).
 * An indicator can't be expected before the forecast was made (422 naming `expectedBy`).
 */
export async function addIndicator(actor: Actor, forecastId: string, rawInput: unknown, now: number): Promise<IndicatorDto> {
  const id = crypto.randomUUID();
  const input = await withTransaction(async (tx) => {
    await lockForecast(tx, forecastId);
    const forecast = await findForecastRow(tx, forecastId);
    if (!forecast) throw new NotFound("The forecast");
    if (!canAddIndicator(actor, forecast)) throw new Forbidden("Only the forecast's author can add indicators to it.");
    if (await resolutionOf(tx, forecastId)) throw new Conflict("already_resolved", "This forecast has been resolved: its indicators are final.");
    const input = parseOrThrow(addIndicatorSchema, rawInput);
    const issues: FieldIssue[] = [];
    if (!(await scenariosOf(tx, forecastId)).some((s) => s.id === input.scenarioId)) {
      issues.push({ field: "scenarioId", message: "Choose one of this forecast's scenarios." });
    }
    if (input.expectedBy !== null && isBeforeForecastDay(input.expectedBy, forecast.createdAt)) {
      issues.push({ field: "expectedBy", message: expectedByBeforeForecast(forecast.createdAt) });
    }
    if (issues.length > 0) throw new RuleViolation(issues);
    const row = { id, forecastId, ...input, createdBy: actor.id, createdAt: now, retiredAt: null };
    await insertIndicator(tx, row);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "indicator.create", entity: "indicator", entityId: id, after: row });
    return input;
  });
  return {
    id,
    scenarioId: input.scenarioId,
    description: input.description,
    direction: input.direction,
    likelihoodRatio: input.likelihoodRatio,
    expectedBy: toIsoOrNull(input.expectedBy),
    status: input.expectedBy !== null && input.expectedBy < now - 86_400_000 ? "overdue" : "pending",
    observedAt: null,
    retired: false,
    retiredAt: null,
    createdAt: toIso(now),
    linkCount: 0,
  };
}
