import "server-only";
import { getDb } from "@/db/client";
import { canRead, canReadScoresOf, type Actor } from "@/lib/auth/policy";
import type { ForecastDto } from "@/lib/dto/forecast";
import { BadRequest, Forbidden } from "@/lib/errors";
import type { ForecastDetailQuery } from "@/lib/validation/forecast-detail-query";
import { decodeCursor, encodeCursor } from "@/lib/validation/forecast-list";
import { toForecastDto } from "./forecast-dto";
import { loadForecast, type PredictionsPage } from "./load-forecast";

/**
 * GET /api/v1/forecasts/:id. With `predictionsLimit`, `predictions` is the newest page (newest
 * first) and `predictionsNextCursor` leads to the older ones; without it, all of them, oldest first.
 */
export async function getForecast(actor: Actor, forecastId: string, now: number, query: ForecastDetailQuery = {}): Promise<ForecastDto> {
  if (!canRead(actor)) throw new Forbidden();
  const page = predictionsPage(query);
  const facts = await loadForecast(getDb(), forecastId, page);
  const dto = toForecastDto(facts, now, (analystId) => canReadScoresOf(actor, analystId));
  if (!page) return dto;
  return { ...dto, predictionsNextCursor: facts.nextPredictions ? encodeCursor(facts.nextPredictions) : null };
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
