import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Conn } from "../client";
import { apiToken, eventLink, eventRecord, forecast, indicator, prediction, report, team, user } from "../schema";

/** What an audit row is about, in words, with the page that shows it when there is one. */
export interface AuditSubject {
  label: string;
  href: string | null;
}

export interface AuditRef {
  entity: string;
  entityId: string;
}

export const subjectKey = (ref: AuditRef) => `${ref.entity}:${ref.entityId}`;

type Resolver = (db: Conn, ids: string[]) => Promise<[string, AuditSubject][]>;

const forecastPage = (id: string) => `/forecasts/${encodeURIComponent(id)}`;

/**
 * One query per kind of entity on the page (at most ten), never one per row. Rows whose entity is
 * gone or unknown get no subject and the page falls back to the id.
 */
const RESOLVERS: Record<string, Resolver> = {
  forecast: async (db, ids) =>
    (await db.select({ id: forecast.id, title: forecast.title }).from(forecast).where(inArray(forecast.id, ids))).map((r) => [r.id, { label: r.title, href: forecastPage(r.id) }]),
  prediction: async (db, ids) =>
    (
      await db
        .select({ id: prediction.id, forecastId: forecast.id, title: forecast.title })
        .from(prediction)
        .innerJoin(forecast, eq(forecast.id, prediction.forecastId))
        .where(inArray(prediction.id, ids))
    ).map((r) => [r.id, { label: `a prediction on “${r.title}”`, href: forecastPage(r.forecastId) }]),
  indicator: async (db, ids) =>
    (
      await db
        .select({ id: indicator.id, description: indicator.description, forecastId: forecast.id, title: forecast.title })
        .from(indicator)
        .innerJoin(forecast, eq(forecast.id, indicator.forecastId))
        .where(inArray(indicator.id, ids))
    ).map((r) => [r.id, { label: `“${r.description}” on “${r.title}”`, href: forecastPage(r.forecastId) }]),
  event: async (db, ids) =>
    (await db.select({ id: eventRecord.id, title: eventRecord.title }).from(eventRecord).where(inArray(eventRecord.id, ids))).map((r) => [
      r.id,
      { label: r.title, href: `/events?${new URLSearchParams({ q: r.title })}` },
    ]),
  event_link: async (db, ids) =>
    (
      await db
        .select({ id: eventLink.id, event: eventRecord.title, indicator: indicator.description, forecastId: indicator.forecastId })
        .from(eventLink)
        .innerJoin(eventRecord, eq(eventRecord.id, eventLink.eventId))
        .innerJoin(indicator, eq(indicator.id, eventLink.indicatorId))
        .where(inArray(eventLink.id, ids))
    ).map((r) => [r.id, { label: `“${r.event}” → “${r.indicator}”`, href: forecastPage(r.forecastId) }]),
  report: async (db, ids) =>
    (await db.select({ id: report.id, title: report.title }).from(report).where(inArray(report.id, ids))).map((r) => [r.id, { label: r.title, href: `/reports/${encodeURIComponent(r.id)}` }]),
  user: async (db, ids) => (await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids))).map((r) => [r.id, { label: r.name, href: null }]),
  team: async (db, ids) => (await db.select({ id: team.id, name: team.name }).from(team).where(inArray(team.id, ids))).map((r) => [r.id, { label: r.name, href: "/teams" }]),
  api_token: async (db, ids) =>
    (
      await db
        .select({ id: apiToken.id, name: apiToken.name, owner: user.name })
        .from(apiToken)
        .innerJoin(user, eq(user.id, apiToken.userId))
        .where(inArray(apiToken.id, ids))
    ).map((r) => [r.id, { label: `“${r.name}” of ${r.owner}`, href: null }]),
  setting: async (_db, ids) => ids.map((key) => [key, { label: key.replaceAll("_", " "), href: null }]),
};

export async function auditSubjects(db: Conn, refs: AuditRef[]): Promise<Map<string, AuditSubject>> {
  const idsByEntity = new Map<string, Set<string>>();
  for (const ref of refs) {
    if (!RESOLVERS[ref.entity]) continue;
    idsByEntity.set(ref.entity, (idsByEntity.get(ref.entity) ?? new Set()).add(ref.entityId));
  }
  const subjects = new Map<string, AuditSubject>();
  for (const [entity, ids] of idsByEntity) {
    for (const [id, subject] of await RESOLVERS[entity](db, [...ids])) subjects.set(subjectKey({ entity, entityId: id }), subject);
  }
  return subjects;
}
