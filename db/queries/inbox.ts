import "server-only";
import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Conn } from "../client";
import { forecast, inboxItem, inboxRead, prediction } from "../schema";

export interface NewInboxItem {
  kind: string;
  forecastId: string | null;
  at: number;
  text: string;
}

/** One row per person told; runs inside the use case's transaction, beside the change it reports. */
export async function tellPeople(db: Conn, userIds: Iterable<string>, item: NewInboxItem): Promise<void> {
  const rows = [...new Set(userIds)].map((userId) => ({ id: crypto.randomUUID(), userId, ...item, readAt: null }));
  // Bounded statements: a forecast with thousands of predictors must not build one huge insert.
  for (let i = 0; i < rows.length; i += 500) await db.insert(inboxItem).values(rows.slice(i, i + 500));
}

/** Everyone who takes part in a forecast: its author and whoever predicted on it. */
export async function participantsOf(db: Conn, forecastId: string): Promise<string[]> {
  const [row] = await db.select({ authorId: forecast.authorId }).from(forecast).where(eq(forecast.id, forecastId)).limit(1);
  const predictors = await db.selectDistinct({ id: prediction.analystId }).from(prediction).where(eq(prediction.forecastId, forecastId));
  return [...new Set([...(row ? [row.authorId] : []), ...predictors.map((p) => p.id)])];
}

export interface StoredItemsQuery {
  userId: string;
  unreadOnly: boolean;
  limit: number;
  cursor?: { at: number; id: string };
}

/** Stored items, newest first, one more than asked so the caller knows whether another page follows. */
export async function storedItemsOf(db: Conn, query: StoredItemsQuery) {
  const conditions = [eq(inboxItem.userId, query.userId)];
  if (query.unreadOnly) conditions.push(isNull(inboxItem.readAt));
  if (query.cursor) conditions.push(or(lt(inboxItem.at, query.cursor.at), and(eq(inboxItem.at, query.cursor.at), lt(inboxItem.id, query.cursor.id)))!);
  return db
    .select()
    .from(inboxItem)
    .where(and(...conditions))
    .orderBy(desc(inboxItem.at), desc(inboxItem.id))
    .limit(query.limit + 1);
}

export async function unreadStoredCount(db: Conn, userId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(inboxItem).where(and(eq(inboxItem.userId, userId), isNull(inboxItem.readAt)));
  return Number(row?.n ?? 0);
}

export async function markStoredRead(db: Conn, userId: string, ids: string[] | null, at: number): Promise<void> {
  const mine = and(eq(inboxItem.userId, userId), isNull(inboxItem.readAt));
  await db
    .update(inboxItem)
    .set({ readAt: at })
    .where(ids === null ? mine : and(mine, inArray(inboxItem.id, ids)));
}

/** The ids of worked-out items this person has already read. */
export async function readMarksOf(db: Conn, userId: string, itemIds: string[]): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const rows = await db.select({ itemId: inboxRead.itemId }).from(inboxRead).where(and(eq(inboxRead.userId, userId), inArray(inboxRead.itemId, itemIds)));
  return new Set(rows.map((r) => r.itemId));
}

export async function markWorkedOutRead(db: Conn, userId: string, itemIds: string[], at: number): Promise<void> {
  if (itemIds.length === 0) return;
  await db
    .insert(inboxRead)
    .values(itemIds.map((itemId) => ({ userId, itemId, readAt: at })))
    .onConflictDoNothing();
}
