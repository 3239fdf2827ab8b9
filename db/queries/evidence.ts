import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, lte, or } from "drizzle-orm";
import type { Conn } from "../client";
import { eventLink, eventRecord, forecast, indicator, scenario } from "../schema";
import { first } from "./first";
import { eventMatches, searchWords } from "./word-search";

export async function insertIndicator(db: Conn, row: typeof indicator.$inferInsert): Promise<void> {
  await db.insert(indicator).values(row);
}

export function findIndicator(db: Conn, id: string) {
  return first(db.select().from(indicator).where(eq(indicator.id, id)).limit(1));
}

export async function indicatorsOf(db: Conn, forecastId: string) {
  return db.select().from(indicator).where(eq(indicator.forecastId, forecastId)).orderBy(asc(indicator.createdAt), asc(indicator.id));
}

export async function indicatorsOfMany(db: Conn, forecastIds: string[]) {
  if (forecastIds.length === 0) return [];
  return db.select().from(indicator).where(inArray(indicator.forecastId, forecastIds));
}

export async function setIndicatorRetired(db: Conn, id: string, retiredAt: number | null): Promise<void> {
  await db.update(indicator).set({ retiredAt }).where(eq(indicator.id, id));
}

export async function insertEvent(db: Conn, row: typeof eventRecord.$inferInsert): Promise<void> {
  await db.insert(eventRecord).values(row);
}

export function findEvent(db: Conn, id: string) {
  return first(db.select().from(eventRecord).where(eq(eventRecord.id, id)).limit(1));
}

export async function linkExists(db: Conn, eventId: string, indicatorId: string): Promise<boolean> {
  const row = await first(db.select({ id: eventLink.id }).from(eventLink).where(and(eq(eventLink.eventId, eventId), eq(eventLink.indicatorId, indicatorId))).limit(1));
  return row !== null;
}

export async function insertLink(db: Conn, row: typeof eventLink.$inferInsert): Promise<void> {
  await db.insert(eventLink).values(row);
}

/** Every link of a forecast's indicators, with the event it points to. */
export async function linksOfForecast(db: Conn, forecastId: string) {
  return db
    .select({ link: eventLink, event: eventRecord })
    .from(eventLink)
    .innerJoin(indicator, eq(indicator.id, eventLink.indicatorId))
    .innerJoin(eventRecord, eq(eventRecord.id, eventLink.eventId))
    .where(eq(indicator.forecastId, forecastId))
    .orderBy(asc(eventRecord.occurredAt), asc(eventRecord.id));
}

/** (indicator, event time) pairs for many forecasts at once: enough to compute every assessment of a list page. */
export async function linkTimesOfMany(db: Conn, forecastIds: string[]) {
  if (forecastIds.length === 0) return [];
  return db
    .select({ indicatorId: eventLink.indicatorId, occurredAt: eventRecord.occurredAt, title: eventRecord.title })
    .from(eventLink)
    .innerJoin(indicator, eq(indicator.id, eventLink.indicatorId))
    .innerJoin(eventRecord, eq(eventRecord.id, eventLink.eventId))
    .where(inArray(indicator.forecastId, forecastIds));
}

export interface EventListQuery {
  q?: string;
  from?: number;
  to?: number;
  reliability?: string[];
  credibility?: number[];
  limit: number;
  cursor?: { occurredAt: number; id: string };
}

/** Newest first, keyset-paginated on (occurredAt, id); one row more than asked, to tell if there is a next page. */
export async function listEventRows(db: Conn, query: EventListQuery) {
  const words = query.q ? searchWords(query.q) : [];
  const cursor = query.cursor;
  const where = and(
    words.length > 0 ? eventMatches(words) : undefined,
    query.from !== undefined ? gte(eventRecord.occurredAt, query.from) : undefined,
    query.to !== undefined ? lte(eventRecord.occurredAt, query.to) : undefined,
    query.reliability ? inArray(eventRecord.sourceReliability, query.reliability as ("A" | "B" | "C" | "D" | "E" | "F")[]) : undefined,
    query.credibility ? inArray(eventRecord.infoCredibility, query.credibility) : undefined,
    cursor
      ? or(lt(eventRecord.occurredAt, cursor.occurredAt), and(eq(eventRecord.occurredAt, cursor.occurredAt), lt(eventRecord.id, cursor.id)))
      : undefined,
  );
  return db.select().from(eventRecord).where(where).orderBy(desc(eventRecord.occurredAt), desc(eventRecord.id)).limit(query.limit + 1);
}

/** For each event: the forecasts and indicators it bears on. */
export async function bearingsOfEvents(db: Conn, eventIds: string[]) {
  if (eventIds.length === 0) return [];
  return db
    .select({
      eventId: eventLink.eventId,
      indicatorId: indicator.id,
      indicatorDescription: indicator.description,
      direction: indicator.direction,
      scenarioLabel: scenario.label,
      forecastId: forecast.id,
      forecastTitle: forecast.title,
      note: eventLink.note,
    })
    .from(eventLink)
    .innerJoin(indicator, eq(indicator.id, eventLink.indicatorId))
    .innerJoin(scenario, eq(scenario.id, indicator.scenarioId))
    .innerJoin(forecast, eq(forecast.id, indicator.forecastId))
    .where(inArray(eventLink.eventId, eventIds));
}
