import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { Conn } from "../client";
import { eventRecord } from "../schema";

/** The events a resolution cites, for their titles: one may be linked to no indicator of the forecast. */
export async function citedEventsOf(db: Conn, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: eventRecord.id, title: eventRecord.title, occurredAt: eventRecord.occurredAt })
    .from(eventRecord)
    .where(inArray(eventRecord.id, ids))
    .orderBy(asc(eventRecord.occurredAt), asc(eventRecord.id));
}
