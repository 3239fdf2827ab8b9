import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, or, sql } from "drizzle-orm";
import type { Conn } from "../client";
import { eventLink, eventRecord, forecast, indicator, scenario } from "../schema";

export function insertIndicator(db: Conn, row: typeof indicator.$inferInsert): void {
  db.insert(indicator).values(row).run();
}

export function findIndicator(db: Conn, id: string) {
  return db.select().from(indicator).where(eq(indicator.id, id)).get() ?? null;
}

export function indicatorsOf(db: Conn, forecastId: string) {
  return db.select().from(indicator).where(eq(indicator.forecastId, forecastId)).orderBy(asc(indicator.createdAt), asc(indicator.id)).all();
}

export function indicatorsOfMany(db: Conn, forecastIds: string[]) {
  if (forecastIds.length === 0) return [];
  return db.select().from(indicator).where(inArray(indicator.forecastId, forecastIds)).all();
}

export function setIndicatorRetired(db: Conn, id: string, retiredAt: number | null): void {
  db.update(indicator).set({ retiredAt }).where(eq(indicator.id, id)).run();
}

export function insertEvent(db: Conn, row: typeof eventRecord.$inferInsert): void {
  db.insert(eventRecord).values(row).run();
}

export function findEvent(db: Conn, id: string) {
  return db.select().from(eventRecord).where(eq(eventRecord.id, id)).get() ?? null;
}

export function linkExists(db: Conn, eventId: string, indicatorId: string): boolean {
  return Boolean(db.select({ id: eventLink.id }).from(eventLink).where(and(eq(eventLink.eventId, eventId), eq(eventLink.indicatorId, indicatorId))).get());
}

export function insertLink(db: Conn, row: typeof eventLink.$inferInsert): void {
  db.insert(eventLink).values(row).run();
}

/** Every link of a forecast's indicators, with the event it points to. */
export function linksOfForecast(db: Conn, forecastId: string) {
  return db
    .select({ link: eventLink, event: eventRecord })
    .from(eventLink)
    .innerJoin(indicator, eq(indicator.id, eventLink.indicatorId))
    .innerJoin(eventRecord, eq(eventRecord.id, eventLink.eventId))
    .where(eq(indicator.forecastId, forecastId))
    .orderBy(asc(eventRecord.occurredAt), asc(eventRecord.id))
    .all();
}

/** (indicator, event time) pairs for many forecasts at once: enough to compute every assessment of a list page. */
export function linkTimesOfMany(db: Conn, forecastIds: string[]) {
  if (forecastIds.length === 0) return [];
  return db
    .select({ indicatorId: eventLink.indicatorId, occurredAt: eventRecord.occurredAt, title: eventRecord.title })
    .from(eventLink)
    .innerJoin(indicator, eq(indicator.id, eventLink.indicatorId))
    .innerJoin(eventRecord, eq(eventRecord.id, eventLink.eventId))
    .where(inArray(indicator.forecastId, forecastIds))
    .all();
}

export interface EventListQuery {
  q?: string;
  from?: number;
  to?: number;
  reliability?: string[];
  credibility?: number[];
  limit: number;
  offset: number;
}

export function listEventRows(db: Conn, query: EventListQuery) {
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    pattern ? or(sql`${eventRecord.title} like ${pattern} escape '\\'`, sql`${eventRecord.description} like ${pattern} escape '\\'`) : undefined,
    query.from !== undefined ? gte(eventRecord.occurredAt, query.from) : undefined,
    query.to !== undefined ? lte(eventRecord.occurredAt, query.to) : undefined,
    query.reliability?.length ? inArray(eventRecord.sourceReliability, query.reliability as ("A" | "B" | "C" | "D" | "E" | "F")[]) : undefined,
    query.credibility?.length ? inArray(eventRecord.infoCredibility, query.credibility) : undefined,
  );
  const rows = db.select().from(eventRecord).where(where).orderBy(desc(eventRecord.occurredAt), desc(eventRecord.id)).limit(query.limit).offset(query.offset).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(eventRecord).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** For each event: the forecasts and indicators it bears on. */
export function bearingsOfEvents(db: Conn, eventIds: string[]) {
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
    .where(inArray(eventLink.eventId, eventIds))
    .all();
}
