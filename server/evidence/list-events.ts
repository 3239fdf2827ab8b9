import "server-only";
import { getDb } from "@/db/client";
import { bearingsOfEvents, listEventRows } from "@/db/queries/evidence";
import { canRead, type Actor } from "@/lib/auth/policy";
import { BadRequest, Forbidden } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import { RELIABILITY } from "@/lib/validation/evidence";
import { decodeEventCursor, encodeEventCursor, eventListQuerySchema, gradesUpTo, type EventListQuery } from "@/lib/validation/event-list";
import { parseSearchParams } from "@/lib/validation/search-params";

const END_OF_DAY_MS = 86_399_999;
const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;

export interface EventBearing {
  eventId: string;
  indicatorId: string;
  indicatorDescription: string;
  direction: "for" | "against";
  scenarioLabel: string;
  forecastId: string;
  forecastTitle: string;
  note: string;
}

/** One event of GET /api/v1/events (SPEC §6), with what the events page shows of its bearings. */
export interface EventListItem {
  id: string;
  occurredAt: string;
  title: string;
  description: string;
  sourceUrl: string | null;
  sourceReliability: string | null;
  infoCredibility: number | null;
  forecastIds: string[];
  bearings: EventBearing[];
}

/** Events newest first, filtered as the events page filters them, paged by cursor. */
export async function listEvents(actor: Actor, rawQuery: URLSearchParams | Record<string, unknown>): Promise<{ items: EventListItem[]; nextCursor: string | null }> {
  if (!canRead(actor)) throw new Forbidden();
  const query: EventListQuery = parseSearchParams(eventListQuerySchema, rawQuery);
  const cursor = query.cursor ? decodeEventCursor(query.cursor) : undefined;
  if (cursor === null) throw new BadRequest("cursor: is not a cursor this API gave out", [{ field: "cursor", message: "is not a cursor this API gave out" }]);
  const db = getDb();
  const rows = await listEventRows(db, {
    q: query.q,
    from: query.from ? Date.parse(query.from) : undefined,
    to: query.to ? Date.parse(query.to) + END_OF_DAY_MS : undefined,
    reliability: gradesUpTo(RELIABILITY, query.reliability),
    credibility: gradesUpTo(CREDIBILITY, query.credibility as (typeof CREDIBILITY)[number] | undefined),
    limit: query.limit,
    cursor,
  });
  const page = rows.slice(0, query.limit);
  const bearings = await bearingsOfEvents(db, page.map((row) => row.id));
  const items = page.map((row): EventListItem => {
    const own = bearings.filter((b) => b.eventId === row.id);
    return {
      id: row.id,
      occurredAt: toIso(row.occurredAt),
      title: row.title,
      description: row.description,
      sourceUrl: row.sourceUrl,
      sourceReliability: row.sourceReliability,
      infoCredibility: row.infoCredibility,
      forecastIds: [...new Set(own.map((b) => b.forecastId))],
      bearings: own,
    };
  });
  const last = page.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeEventCursor(last) : null };
}
