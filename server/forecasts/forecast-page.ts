import "server-only";
import { getDb } from "@/db/client";
import { listEventRows } from "@/db/queries/evidence";
import { readScale } from "@/db/queries/scale";
import { canAddIndicator, canLinkEvent, canPredict, canRead, canReadScoresOf, type Actor } from "@/lib/auth/policy";
import type { PredictionDto } from "@/lib/dto/forecast";
import { Forbidden } from "@/lib/errors";
import { toForecastDto } from "./forecast-dto";
import { compactTimelineOf } from "./get-timeline";
import { loadForecast } from "./load-forecast";

/** Everything the forecast page shows, read once. */
export async function forecastPage(actor: Actor, forecastId: string, now: number) {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const facts = await loadForecast(db, forecastId);
  const forecast = toForecastDto(facts, now, (analystId) => canReadScoresOf(actor, analystId));
  const timeline = compactTimelineOf(facts, now, forecast.events);
  return {
    forecast,
    timeline,
    scale: await readScale(db),
    latest: latestByAnalyst(forecast.predictions),
    eventChoices: await recentEvents(),
    may: {
      predict: canPredict(actor) && forecast.status === "open",
      addIndicator: canAddIndicator(actor, forecast) && forecast.resolution === null,
      linkEvent: canLinkEvent(actor),
    },
  };
}

/** Each analyst's standing prediction, the author's first and then by name order of appearance. */
function latestByAnalyst(predictions: PredictionDto[]): PredictionDto[] {
  const latest = new Map<string, PredictionDto>();
  for (const p of predictions) latest.set(p.analystId, p);
  return [...latest.values()];
}

const RECENT_EVENTS = 300;

/** The events an analyst may attach from the forecast page: the most recent ones first. */
async function recentEvents(): Promise<{ id: string; title: string; occurredAt: string }[]> {
  return (await listEventRows(getDb(), { limit: RECENT_EVENTS })).slice(0, RECENT_EVENTS).map((e) => ({ id: e.id, title: e.title, occurredAt: new Date(e.occurredAt).toISOString() }));
}
