import "server-only";
import { getDb } from "@/db/client";
import { predictedOn, reviewQueueRows, reviewQueueSize } from "@/db/queries/review-queue";
import { readScale } from "@/db/queries/scale";
import { canResolveAtAll, type Actor } from "@/lib/auth/policy";
import { resolveRefusal } from "@/lib/auth/resolve-refusal";
import type { ForecastDto } from "@/lib/dto/forecast";
import type { QueueForecastDto, ReviewQueueDto, ReviewQueueItemDto } from "@/lib/dto/review";
import { BadRequest, Forbidden } from "@/lib/errors";
import { decodeQueueCursor, encodeQueueCursor, type ReviewQueueQuery } from "@/lib/validation/review-queue";
import { toForecastDto } from "../forecasts/forecast-dto";
import { loadForecast } from "../forecasts/load-forecast";

export const QUEUE_PAGE_SIZE = 10;

/**
 * A reviewer's resolution queue: the forecasts past their horizon and not resolved, the oldest
 * horizon first, each with its statement, criteria, indicators, linked events and assessment.
 */
export async function reviewQueue(actor: Actor, query: ReviewQueueQuery, now: number): Promise<ReviewQueueDto> {
  if (!canResolveAtAll(actor)) throw new Forbidden("The resolution queue is for reviewers.");
  const after = query.cursor === undefined ? undefined : decodeQueueCursor(query.cursor);
  if (after === null) throw new BadRequest("cursor: is not a cursor this page gave out");
  const db = getDb();
  const [rows, total] = await Promise.all([reviewQueueRows(db, { now, limit: QUEUE_PAGE_SIZE, after }), reviewQueueSize(db, now)]);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const predicted = await predictedOn(db, actor.id, page.map((row) => row.id));
  const items: ReviewQueueItemDto[] = [];
  for (const row of page) {
    // A page of one prediction is enough: it brings the prior the assessment starts from.
    const forecast = withoutPredictions(toForecastDto(await loadForecast(db, row.id, { limit: 1 }), now));
    items.push({ forecast, refusal: resolveRefusal(actor, forecast, predicted.has(row.id)) });
  }
  const last = page.at(-1);
  return { items, nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? encodeQueueCursor(last) : null, total, scale: await readScale(db) };
}

function withoutPredictions(dto: ForecastDto): QueueForecastDto {
  const { predictions, predictionsNextCursor, scores, ...rest } = dto;
  return rest;
}
