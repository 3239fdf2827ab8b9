import "server-only";
import { and, asc, eq, gt, inArray, isNull, lte, or } from "drizzle-orm";
import type { AwaitingResolution, LinkedEvidence, MyStanding } from "@/lib/inbox/needs";
import type { Conn } from "../client";
import { eventLink, eventRecord, forecast, indicator, prediction, team, teamMember } from "../schema";

/** A large person's list is read in slices, to keep each statement's parameters bounded. */
const SLICE = 500;

/** The open forecasts `userId` predicted on, each with their latest prediction and the team's staleness setting. */
export async function standingsOf(db: Conn, userId: string, now: number): Promise<MyStanding[]> {
  const rows = await db
    .select({ forecastId: prediction.forecastId, id: prediction.id, createdAt: prediction.createdAt, title: forecast.title, closesAt: forecast.closesAt, staleDays: team.staleDays })
    .from(prediction)
    .innerJoin(forecast, eq(forecast.id, prediction.forecastId))
    .leftJoin(team, eq(team.id, forecast.teamId))
    .where(and(eq(prediction.analystId, userId), eq(forecast.state, "open"), gt(forecast.closesAt, now)));
  const latest = new Map<string, MyStanding>();
  for (const row of rows) {
    const seen = latest.get(row.forecastId);
    if (seen && (seen.lastPredictionAt > row.createdAt || (seen.lastPredictionAt === row.createdAt && seen.lastPredictionId > row.id))) continue;
    latest.set(row.forecastId, { forecastId: row.forecastId, title: row.title, closesAt: row.closesAt, lastPredictionId: row.id, lastPredictionAt: row.createdAt, staleDays: row.staleDays ?? 30 });
  }
  return [...latest.values()];
}

/** Events linked to these forecasts' indicators after `since` (the earliest latest-prediction among them). */
export async function evidenceLinkedSince(db: Conn, forecastIds: string[], since: number): Promise<LinkedEvidence[]> {
  const found: LinkedEvidence[] = [];
  for (let i = 0; i < forecastIds.length; i += SLICE) {
    const rows = await db
      .select({ forecastId: indicator.forecastId, linkId: eventLink.id, linkedAt: eventLink.createdAt, eventTitle: eventRecord.title, indicatorDescription: indicator.description })
      .from(eventLink)
      .innerJoin(indicator, eq(indicator.id, eventLink.indicatorId))
      .innerJoin(eventRecord, eq(eventRecord.id, eventLink.eventId))
      .where(and(inArray(indicator.forecastId, forecastIds.slice(i, i + SLICE)), gt(eventLink.createdAt, since)));
    found.push(...rows);
  }
  return found;
}

/** Forecasts past their horizon awaiting resolution, the oldest horizon first. */
export async function awaitingResolution(db: Conn, now: number, limit: number): Promise<(AwaitingResolution & { authorId: string })[]> {
  return db
    .select({ forecastId: forecast.id, title: forecast.title, closesAt: forecast.closesAt, authorId: forecast.authorId })
    .from(forecast)
    .where(and(eq(forecast.state, "open"), lte(forecast.closesAt, now)))
    .orderBy(asc(forecast.closesAt), asc(forecast.id))
    .limit(limit);
}

/** The same, only those of teams `managerId` belongs to, or of no team (every manager answers for those). */
export async function overdueForManager(db: Conn, managerId: string, closedBefore: number, limit: number): Promise<AwaitingResolution[]> {
  const teams = (await db.select({ teamId: teamMember.teamId }).from(teamMember).where(eq(teamMember.userId, managerId))).map((r) => r.teamId);
  return db
    .select({ forecastId: forecast.id, title: forecast.title, closesAt: forecast.closesAt })
    .from(forecast)
    .where(and(eq(forecast.state, "open"), lte(forecast.closesAt, closedBefore), teams.length > 0 ? or(isNull(forecast.teamId), inArray(forecast.teamId, teams)) : isNull(forecast.teamId)))
    .orderBy(asc(forecast.closesAt), asc(forecast.id))
    .limit(limit);
}

