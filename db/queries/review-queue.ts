import "server-only";
import { and, asc, count, eq, gt, inArray, lte, or } from "drizzle-orm";
import type { Conn } from "../client";
import { forecast, prediction } from "../schema";

/** Where a page of the queue ended: the last forecast's horizon and id. */
export interface QueuePosition {
  closesAt: number;
  id: string;
}

/** Forecasts past their horizon and not resolved: still "open" in the database, `closesAt` passed. */
function awaitingResolution(now: number) {
  return and(eq(forecast.state, "open"), lte(forecast.closesAt, now));
}

/**
 * The resolution queue: the forecasts awaiting resolution, the oldest horizon first, keyset-paged
 * on (closesAt, id). Returns one row more than asked, to tell if there is a next page.
 */
export function reviewQueueRows(db: Conn, query: { now: number; limit: number; after?: QueuePosition }) {
  const { after } = query;
  return db
    .select({ id: forecast.id, closesAt: forecast.closesAt })
    .from(forecast)
    .where(
      and(
        awaitingResolution(query.now),
        after ? or(gt(forecast.closesAt, after.closesAt), and(eq(forecast.closesAt, after.closesAt), gt(forecast.id, after.id))) : undefined,
      ),
    )
    .orderBy(asc(forecast.closesAt), asc(forecast.id))
    .limit(query.limit + 1);
}

/** How many forecasts await resolution, for the queue's heading. */
export async function reviewQueueSize(db: Conn, now: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(forecast).where(awaitingResolution(now));
  return Number(row?.n ?? 0);
}

/** Which of these forecasts `analystId` has predicted on (the conflict-of-interest rule, for a page of them at once). */
export async function predictedOn(db: Conn, analystId: string, forecastIds: string[]): Promise<Set<string>> {
  if (forecastIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ forecastId: prediction.forecastId })
    .from(prediction)
    .where(and(eq(prediction.analystId, analystId), inArray(prediction.forecastId, forecastIds)));
  return new Set(rows.map((row) => row.forecastId));
}
