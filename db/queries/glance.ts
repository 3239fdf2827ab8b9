import "server-only";
import { and, asc, eq, gt, gte, inArray } from "drizzle-orm";
import type { Conn } from "../client";
import { eventLink, forecast, indicator, prediction, predictionProbability, resolution, user } from "../schema";

const SLICE = 500;

/** Every prediction of these forecasts with its probabilities, for the list's numbers at a glance. */
export async function predictionsOfMany(db: Conn, forecastIds: string[]) {
  const byPrediction = new Map<string, { forecastId: string; analystId: string; createdAt: number; probabilities: Record<string, number> }>();
  for (let i = 0; i < forecastIds.length; i += SLICE) {
    const rows = await db
      .select({ id: prediction.id, forecastId: prediction.forecastId, analystId: prediction.analystId, createdAt: prediction.createdAt, scenarioId: predictionProbability.scenarioId, tenths: predictionProbability.tenths })
      .from(prediction)
      .innerJoin(predictionProbability, eq(predictionProbability.predictionId, prediction.id))
      .where(inArray(prediction.forecastId, forecastIds.slice(i, i + SLICE)));
    for (const row of rows) {
      const seen = byPrediction.get(row.id) ?? { forecastId: row.forecastId, analystId: row.analystId, createdAt: row.createdAt, probabilities: {} };
      seen.probabilities[row.scenarioId] = row.tenths / 10;
      byPrediction.set(row.id, seen);
    }
  }
  return [...byPrediction.values()];
}

const listed = { forecast, authorName: user.name, resolution };

/** Open forecasts, the nearest horizon first (served by the (state, closesAt, id) index). */
export function closingSoonRows(db: Conn, now: number, limit: number, offset: number) {
  return db
    .select(listed)
    .from(forecast)
    .innerJoin(user, eq(user.id, forecast.authorId))
    .leftJoin(resolution, eq(resolution.forecastId, forecast.id))
    .where(and(eq(forecast.state, "open"), gt(forecast.closesAt, now)))
    .orderBy(asc(forecast.closesAt), asc(forecast.id))
    .limit(limit + 1)
    .offset(offset);
}

/** Forecasts someone predicted on since `since`: the only ones whose stated numbers can have moved. */
export async function predictedSince(db: Conn, since: number, cap: number): Promise<string[]> {
  const rows = await db.selectDistinct({ id: prediction.forecastId }).from(prediction).where(gte(prediction.createdAt, since)).limit(cap);
  return rows.map((r) => r.id);
}

/** Open forecasts with observed evidence: the only ones where the evidence can have moved away from the prior. */
export async function openWithEvidence(db: Conn, now: number, cap: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: indicator.forecastId })
    .from(eventLink)
    .innerJoin(indicator, eq(indicator.id, eventLink.indicatorId))
    .innerJoin(forecast, eq(forecast.id, indicator.forecastId))
    .where(and(eq(forecast.state, "open"), gt(forecast.closesAt, now)))
    .limit(cap);
  return rows.map((r) => r.id);
}

export async function listedRowsOf(db: Conn, forecastIds: string[]) {
  if (forecastIds.length === 0) return [];
  const found = [];
  for (let i = 0; i < forecastIds.length; i += SLICE) {
    found.push(
      ...(await db
        .select(listed)
        .from(forecast)
        .innerJoin(user, eq(user.id, forecast.authorId))
        .leftJoin(resolution, eq(resolution.forecastId, forecast.id))
        .where(inArray(forecast.id, forecastIds.slice(i, i + SLICE)))),
    );
  }
  return found;
}
