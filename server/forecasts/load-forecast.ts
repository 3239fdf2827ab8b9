import "server-only";
import type { Conn } from "@/db/client";
import { indicatorsOf, linksOfForecast } from "@/db/queries/evidence";
import { findForecastRow, predictionsOf, resolutionOf, scenariosOf, tagsOf } from "@/db/queries/forecasts";
import { namesOf } from "@/db/queries/users";
import { NotFound } from "@/lib/errors";

/** Everything known about one forecast, straight from the database. */
export async function loadForecast(db: Conn, forecastId: string) {
  const row = await findForecastRow(db, forecastId);
  if (!row) throw new NotFound("The forecast");
  const [predictions, indicators, links, resolution, scenarios, tags] = await Promise.all([
    predictionsOf(db, forecastId),
    indicatorsOf(db, forecastId),
    linksOfForecast(db, forecastId),
    resolutionOf(db, forecastId),
    scenariosOf(db, forecastId),
    tagsOf(db, [forecastId]),
  ]);
  const personIds = new Set<string>([row.authorId, ...predictions.map((p) => p.analystId)]);
  if (resolution?.resolverId) personIds.add(resolution.resolverId);
  return {
    row,
    scenarios,
    tags: tags.get(forecastId) ?? [],
    predictions,
    indicators,
    links,
    resolution,
    people: await namesOf(db, [...personIds]),
  };
}

export type ForecastFacts = Awaited<ReturnType<typeof loadForecast>>;
