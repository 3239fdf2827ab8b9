import "server-only";
import { getDb } from "@/db/client";
import { bearingsOfEvents, listEventRows } from "@/db/queries/evidence";
import { canRead, type Actor } from "@/lib/auth/policy";
import { Forbidden } from "@/lib/errors";
import type { z } from "zod";
import type { eventListQuerySchema } from "@/lib/validation/evidence";

const PAGE_SIZE = 25;

/** The events page: newest first, with the forecasts and indicators each event bears on. */
export async function listEvents(actor: Actor, query: z.output<typeof eventListQuerySchema>) {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const { rows, total } = await listEventRows(db, {
    q: query.q,
    from: query.from ? Date.parse(query.from) : undefined,
    to: query.to ? Date.parse(query.to) + 86_399_999 : undefined,
    reliability: query.reliability ? [query.reliability] : undefined,
    credibility: query.credibility ? [query.credibility] : undefined,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  const bearings = await bearingsOfEvents(db, rows.map((r) => r.id));
  return {
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    events: rows.map((r) => ({ ...r, bearings: bearings.filter((b) => b.eventId === r.id) })),
  };
}
