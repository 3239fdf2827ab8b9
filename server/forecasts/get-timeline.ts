import "server-only";
import { getDb } from "@/db/client";
import { canRead, type Actor } from "@/lib/auth/policy";
import type { CompactTimelineDto, EventDto, TimelineDto } from "@/lib/dto/forecast";
import { buildTimeline, compactEvidence } from "@/lib/evidence";
import { DAY_MS } from "@/lib/evidence/day";
import { Forbidden } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import { blindCompactTimeline, blindTimeline, othersHiddenFrom } from "../independence/blind";
import { evidenceFactsOf } from "./evidence-facts";
import { toForecastDto } from "./forecast-dto";
import { loadForecast, type ForecastFacts } from "./load-forecast";

/**
 * Where the chart ends: at the resolution once there is one; for an open forecast, now; for a
 * closed one awaiting resolution, at the later of its horizon and its last event (never past now).
 */
export function timelineEnd(facts: ForecastFacts, now: number): number {
  if (facts.resolution) return Math.max(facts.resolution.outcomeKnownAt, facts.row.createdAt);
  const lastEvent = facts.links.reduce((latest, { event }) => Math.max(latest, event.occurredAt), 0);
  return Math.min(now, Math.max(facts.row.closesAt, lastEvent));
}

function build(facts: ForecastFacts, now: number, events: EventDto[]) {
  return buildTimeline({
    ...evidenceFactsOf(facts),
    createdAt: facts.row.createdAt,
    end: timelineEnd(facts, now),
    authorId: facts.row.authorId,
    events: events.map((e) => ({ id: e.id, occurredAt: Date.parse(e.occurredAt), title: e.title, indicatorIds: e.indicatorIds })),
  });
}

/**
 * SPEC §6's timeline: a point at creation, every UTC day, every event and the end. (The chart
 * also steps at each prediction; it gets those from the compact form below.)
 */
export function timelineOf(facts: ForecastFacts, now: number, events: EventDto[]): TimelineDto {
  const timeline = build(facts, now, events);
  const first = timeline.points[0]?.date;
  const last = timeline.points.at(-1)?.date;
  const eventTimes = new Set(timeline.events.map((e) => e.occurredAt));
  const kept = timeline.points.filter((p) => p.date === first || p.date === last || p.date % DAY_MS === 0 || eventTimes.has(p.date));
  const eventById = new Map(events.map((e) => [e.id, e]));
  return {
    points: kept.map((p) => ({ date: toIso(p.date), stated: p.stated as Record<string, Record<string, number>>, implied: roundAll(p.implied), status: p.status })),
    events: timeline.events.map((e) => eventById.get(e.id)!),
  };
}

/** What the forecast page's chart needs: each prediction once and the evidence where it changes. */
export function compactTimelineOf(facts: ForecastFacts, now: number, events: EventDto[]): CompactTimelineDto {
  const timeline = build(facts, now, events);
  return {
    start: toIso(facts.row.createdAt),
    end: toIso(timelineEnd(facts, now)),
    predictions: facts.predictions.map((p) => ({ analystId: p.analystId, createdAt: toIso(p.createdAt), probabilities: p.probabilities })),
    evidence: compactEvidence(timeline.points).map((e) => ({ date: toIso(e.date), implied: roundAll(e.implied), status: e.status })),
  };
}

export async function getTimeline(actor: Actor, forecastId: string, now: number): Promise<TimelineDto> {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const facts = await loadForecast(db, forecastId);
  const forecast = toForecastDto(facts, now);
  const timeline = timelineOf(facts, now, forecast.events);
  return (await othersHiddenFrom(db, actor, forecast)) ? blindTimeline(timeline, actor.id) : timeline;
}

/** `?format=compact`: what the forecast page's chart uses, for clients that rebuild the points themselves. */
export async function getCompactTimeline(actor: Actor, forecastId: string, now: number): Promise<CompactTimelineDto & { events: EventDto[] }> {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const facts = await loadForecast(db, forecastId);
  const forecast = toForecastDto(facts, now);
  const timeline = { ...compactTimelineOf(facts, now, forecast.events), events: forecast.events };
  return (await othersHiddenFrom(db, actor, forecast)) ? blindCompactTimeline(timeline, actor.id) : timeline;
}

const roundCache = new WeakMap<Record<string, number>, Record<string, number>>();

/** Implied probabilities to 6 decimals; points share objects, so each is rounded once. */
function roundAll(values: Record<string, number>): Record<string, number> {
  const cached = roundCache.get(values);
  if (cached) return cached;
  const rounded = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v * 1e6) / 1e6]));
  roundCache.set(values, rounded);
  return rounded;
}
