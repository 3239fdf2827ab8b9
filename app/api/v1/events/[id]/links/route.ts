import { linkEvent } from "@/server/evidence/link-event";
import { apiRoute, json, readJson } from "@/server/http/api-route";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, now }) =>
  json(await linkEvent(actor, params.id, await readJson(request), now), 201),
);
