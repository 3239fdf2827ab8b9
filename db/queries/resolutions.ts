import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Conn } from "../client";
import { eventRecord, resolution, resolutionEvent } from "../schema";
import { insertMany } from "./bulk";

export async function insertResolution(tx: Conn, row: typeof resolution.$inferInsert, eventIds: string[]): Promise<void> {
  await tx.insert(resolution).values(row);
  await insertMany(tx, resolutionEvent, eventIds.map((eventId) => ({ forecastId: row.forecastId, eventId })));
}

/** Reopening removes the resolution and the events it cited; the audit log keeps both. */
export async function deleteResolution(tx: Conn, forecastId: string): Promise<void> {
  await tx.delete(resolutionEvent).where(eq(resolutionEvent.forecastId, forecastId));
  await tx.delete(resolution).where(eq(resolution.forecastId, forecastId));
}

export async function existingEventIds(db: Conn, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: eventRecord.id }).from(eventRecord).where(inArray(eventRecord.id, ids));
  return new Set(rows.map((row) => row.id));
}
