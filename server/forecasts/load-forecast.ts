import "server-only";
import type { Conn } from "@/db/client";
import { indicatorsOf, linksOfForecast } from "@/db/queries/evidence";
import { findForecastRow, predictionsOf, predictionsPageOf, priorPredictionsOf, resolutionOf, scenariosOf, tagsOf, type PredictionRecord } from "@/db/queries/forecasts";
import { resolutionEventIdsOf, scoresOfForecast } from "@/db/queries/scores";
import { namesOf } from "@/db/queries/users";
import { NotFound } from "@/lib/errors";

/** One page of predictions instead of all of them: a busy forecast holds thousands. */
export interface PredictionsPage {
  limit: number;
  cursor?: { createdAt: number; id: string };
}

/**
 * Everything known about one forecast, straight from the database: every prediction, oldest
 * first; or, with `page`, only the newest page of them plus the prior the evidence starts from.
 */
export async function loadForecast(db: Conn, forecastId: string, page?: PredictionsPage) {
  const row = await findForecastRow(db, forecastId);
  if (!row) throw new NotFound("The forecast");
  const [predictions, prior, indicators, links, resolution, scenarios, tags, scores, citedEventIds] = await Promise.all([
    page ? predictionsPageOf(db, forecastId, page.limit, page.cursor) : predictionsOf(db, forecastId),
    page ? priorPredictionsOf(db, [forecastId]).then((priors) => priors.get(forecastId) ?? null) : null,
    indicatorsOf(db, forecastId),
    linksOfForecast(db, forecastId),
    resolutionOf(db, forecastId),
    scenariosOf(db, forecastId),
    tagsOf(db, [forecastId]),
    scoresOfForecast(db, forecastId),
    resolutionEventIdsOf(db, forecastId),
  ]);
  const shown = page ? predictions.slice(0, page.limit) : predictions;
  const personIds = new Set<string>([row.authorId, ...shown.map((p) => p.analystId), ...scores.map((s) => s.analystId)]);
  if (resolution?.resolverId) personIds.add(resolution.resolverId);
  return {
    row,
    scenarios,
    tags: tags.get(forecastId) ?? [],
    predictions: shown,
    /** With a page: where the next (older) page starts, or null at the oldest. */
    nextPredictions: page && predictions.length > page.limit ? positionOf(shown.at(-1)!) : null,
    /** With a page: the prior's probabilities (SPEC §4), since the page may not hold the first prediction. */
    prior,
    indicators,
    links,
    resolution,
    /** Stored with the resolution: one row per scored analyst (every one; the DTO keeps what the reader may see). */
    scores,
    citedEventIds,
    people: await namesOf(db, [...personIds]),
  };
}

function positionOf(prediction: PredictionRecord): { createdAt: number; id: string } {
  return { createdAt: prediction.createdAt, id: prediction.id };
}

export type ForecastFacts = Awaited<ReturnType<typeof loadForecast>>;
