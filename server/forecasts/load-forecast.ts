import "server-only";
import type { Conn } from "@/db/client";
import { indicatorsOf, linksOfForecast } from "@/db/queries/evidence";
import { findForecastRow, predictionsOf, resolutionOf, scenariosOf, tagsOf } from "@/db/queries/forecasts";
import { namesOf } from "@/db/queries/users";
import { NotFound } from "@/lib/errors";

/** Everything known about one forecast, straight from the database. */
export function loadForecast(db: Conn, forecastId: string) {
  const row = findForecastRow(db, forecastId);
  if (!row) throw new NotFound("The forecast");
  const predictions = predictionsOf(db, forecastId);
  const indicators = indicatorsOf(db, forecastId);
  const links = linksOfForecast(db, forecastId);
  const resolution = resolutionOf(db, forecastId);
  const personIds = new Set<string>([row.authorId, ...predictions.map((p) => p.analystId)]);
  if (resolution?.resolverId) personIds.add(resolution.resolverId);
  return {
    row,
    scenarios: scenariosOf(db, forecastId),
    tags: tagsOf(db, [forecastId]).get(forecastId) ?? [],
    predictions,
    indicators,
    links,
    resolution,
    people: namesOf(db, [...personIds]),
  };
}

export type ForecastFacts = ReturnType<typeof loadForecast>;
