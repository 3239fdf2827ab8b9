import "server-only";
import { getDb } from "@/db/client";
import { canRead, canReadScoresOf, type Actor } from "@/lib/auth/policy";
import type { ForecastDto } from "@/lib/dto/forecast";
import { BadRequest, Forbidden } from "@/lib/errors";
import type { ForecastDetailQuery } from "@/lib/validation/forecast-detail-query";
import { decodeCursor, encodeCursor } from "@/lib/validation/forecast-list";
import { blindForecast, othersHiddenFrom } from "../independence/blind";
import { toForecastDto } from "./forecast-dto";
import { loadForecast, type PredictionsPage } from "./load-forecast";

/**
 * GET /api/v1/forecasts/:id. With `predictionsLimit`, `predictions` is the newest page (newest
 * first) and `predictionsNextCursor` leads to the older ones; without it, all of them, oldest first.
 */
export async function getForecast(actor: Actor, forecastId: string, now: number, query: ForecastDetailQuery = {}): Promise<ForecastDto> {
  if (!canRead(actor)) throw new Forbidden();
  const page = predictionsPage(query);
  const db = getDb();
  const facts = await loadForecast(db, forecastId, page);
  const full = toForecastDto(facts, now, (analystId) => canReadScoresOf(actor, analystId));
  const hidden = await othersHiddenFrom(db, actor, full);
  const dto = hidden ? blindForecast(full, actor.id) : { ...full, othersHidden: false };
  if (!page) return dto;
  // A blinded reader's page holds none of the others' predictions, so there is no older page to lead to.
  return { ...dto, predictionsNextCursor: facts.nextPredictions && !hidden ? encodeCursor(facts.nextPredictions) : null };
}

function predictionsPage(query: ForecastDetailQuery): PredictionsPage | undefined {
  if (query.predictionsLimit === undefined) {
    if (query.predictionsCursor) throw new BadRequest("predictionsCursor: goes with predictionsLimit", [{ field: "predictionsCursor", message: "goes with predictionsLimit" }]);
    return undefined;
  }
  if (!query.predictionsCursor) return { limit: query.predictionsLimit };
  const cursor = decodeCursor(query.predictionsCursor);
  if (!cursor) throw new BadRequest("predictionsCursor: is not a cursor this API gave out", [{ field: "predictionsCursor", message: "is not a cursor this API gave out" }]);
  return { limit: query.predictionsLimit, cursor };
}
