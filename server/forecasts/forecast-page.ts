import "server-only";
import { getDb } from "@/db/client";
import { citedEventsOf } from "@/db/queries/cited-events";
import { listEventRows } from "@/db/queries/evidence";
import { readScale } from "@/db/queries/scale";
import { canAddIndicator, canCorrectResolutions, canLinkEvent, canPredict, canRead, canReadScoresOf, canResolveAtAll, type Actor } from "@/lib/auth/policy";
import { resolveRefusal } from "@/lib/auth/resolve-refusal";
import type { ForecastDto, PredictionDto } from "@/lib/dto/forecast";
import { toIso } from "@/lib/format/dates";
import { Forbidden } from "@/lib/errors";
import { blindCompactTimeline, blindForecast, othersHiddenFrom } from "../independence/blind";
import { canEditQuestion } from "../versions/edit-forecast";
import { listVersions } from "../versions/list-versions";
import { listComments } from "../comments/list-comments";
import { COMMENT_EDIT_WINDOW_MS } from "@/lib/validation/comment";
import { namesOf } from "@/db/queries/users";
import { toForecastDto } from "./forecast-dto";
import { compactTimelineOf } from "./get-timeline";
import { loadForecast } from "./load-forecast";

/** Everything the forecast page shows, read once. */
export async function forecastPage(actor: Actor, forecastId: string, now: number) {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const facts = await loadForecast(db, forecastId);
  const full = toForecastDto(facts, now, (analystId) => canReadScoresOf(actor, analystId));
  const othersHidden = await othersHiddenFrom(db, actor, full);
  const forecast = othersHidden ? blindForecast(full, actor.id) : full;
  const fullTimeline = compactTimelineOf(facts, now, forecast.events);
  const timeline = othersHidden ? blindCompactTimeline(fullTimeline, actor.id) : fullTimeline;
  return {
    forecast,
    timeline,
    othersHidden,
    /** How many analysts have predicted: shown to a blinded reader instead of their numbers. */
    predictorCount: new Set(full.predictions.map((p) => p.analystId)).size,
    scale: await readScale(db),
    latest: latestByAnalyst(forecast.predictions),
    versions: await versionsWithNames(actor, forecastId),
    comments: await commentViews(actor, forecast, now),
    eventChoices: await recentEvents(),
    citedEvents: await citedEvents(forecast),
    may: {
      predict: canPredict(actor) && forecast.status === "open",
      addIndicator: canAddIndicator(actor, forecast) && forecast.resolution === null,
      linkEvent: canLinkEvent(actor),
      /** Reviewers see the resolve form (or why they may not use it) until the forecast is resolved. */
      resolve: canResolveAtAll(actor) && forecast.resolution === null,
      resolveRefusal: resolveRefusal(actor, forecast, forecast.predictions.some((p) => p.analystId === actor.id)),
      reopen: canCorrectResolutions(actor) && forecast.resolution !== null,
      /** SPEC §2: the author or an admin, while the forecast is open. */
      editQuestion: canEditQuestion(actor, forecast) && forecast.status === "open",
    },
  };
}

/**
 * The comments with their authors' names and standing baseline probabilities, taken from the
 * predictions this reader may see (none of the others' before their own first prediction).
 */
async function commentViews(actor: Actor, forecast: ForecastDto, now: number) {
  const { items } = await listComments(actor, forecast.id);
  const names = await namesOf(getDb(), [...new Set(items.map((c) => c.authorId))]);
  const baseline = forecast.scenarios.find((s) => s.baseline)?.id ?? "";
  const standing = new Map(latestByAnalyst(forecast.predictions).map((p) => [p.analystId, p.probabilities[baseline] ?? null]));
  return items.map((c) => ({
    ...c,
    authorName: names.get(c.authorId)?.name ?? "Someone",
    standing: standing.get(c.authorId) ?? null,
    mayEdit: c.authorId === actor.id && now - Date.parse(c.at) <= COMMENT_EDIT_WINDOW_MS,
  }));
}

/** The question's versions, each with the name of who made it. */
async function versionsWithNames(actor: Actor, forecastId: string) {
  const { items } = await listVersions(actor, forecastId);
  const names = await namesOf(getDb(), [...new Set(items.flatMap((v) => (v.actorId ? [v.actorId] : [])))]);
  return items.map((v) => ({ ...v, actorName: (v.actorId && names.get(v.actorId)?.name) || "the operator" }));
}

/** The events the resolution cites, with their titles. */
async function citedEvents(forecast: ForecastDto): Promise<{ id: string; title: string; occurredAt: string }[]> {
  if (!forecast.resolution || forecast.resolution.eventIds.length === 0) return [];
  const rows = await citedEventsOf(getDb(), forecast.resolution.eventIds);
  return rows.map((e) => ({ id: e.id, title: e.title, occurredAt: toIso(e.occurredAt) }));
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
