import "server-only";
import { getDb, withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findForecastRow, lockForecast, resolutionOf } from "@/db/queries/forecasts";
import { deleteResolution } from "@/db/queries/resolutions";
import { resolutionEventIdsOf, scoresOfForecast } from "@/db/queries/scores";
import { canCorrectResolutions, canReadScoresOf, type Actor } from "@/lib/auth/policy";
import type { ForecastDto } from "@/lib/dto/forecast";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { reopenForecastSchema } from "@/lib/validation/resolution";
import { toForecastDto } from "../forecasts/forecast-dto";
import { loadForecast } from "../forecasts/load-forecast";
import { storeScores } from "../scoring/store-scores";
import { auditActorId } from "../system-actor";

/**
 * An admin undoes a wrong resolution with a reason: the forecast is open to resolution again and
 * every score it touched goes with it (the next resolution computes them afresh). The audit row
 * keeps the resolution, the events it cited and the scores as they were.
 */
export async function reopenForecast(actor: Actor, forecastId: string, rawInput: unknown, now: number): Promise<ForecastDto> {
  await withTransaction(async (tx) => {
    await lockForecast(tx, forecastId);
    const forecast = await findForecastRow(tx, forecastId);
    if (!forecast) throw new NotFound("The forecast");
    if (!canCorrectResolutions(actor)) throw new Forbidden("Only an admin can reopen a resolved forecast.");
    const resolution = await resolutionOf(tx, forecastId);
    if (!resolution) throw new Conflict("conflict", "This forecast isn't resolved: there is nothing to reopen.");
    const { reason } = parseOrThrow(reopenForecastSchema, rawInput);
    const before = { resolution, eventIds: await resolutionEventIdsOf(tx, forecastId), scores: await scoresOfForecast(tx, forecastId) };
    await deleteResolution(tx, forecastId);
    await storeScores(tx, forecastId);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "forecast.reopen", entity: "forecast", entityId: forecastId, before, after: { reason } });
  });
  return toForecastDto(await loadForecast(getDb(), forecastId), now, (analystId) => canReadScoresOf(actor, analystId));
}
