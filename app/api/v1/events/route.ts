import { listEvents } from "@/server/evidence/list-events";
import { recordEvent } from "@/server/evidence/record-event";
import { apiRoute, json, readJson } from "@/server/http/api-route";

export const GET = apiRoute(async ({ request, actor }) => {
  const { items, nextCursor } = await listEvents(actor, new URL(request.url).searchParams);
  // The API answers SPEC §6's shape; the bearings are the events page's.
  return json({ items: items.map(({ bearings: _bearings, ...event }) => event), nextCursor });
});

export const POST = apiRoute(async ({ request, actor, now }) => json(await recordEvent(actor, await readJson(request), now), 201));
