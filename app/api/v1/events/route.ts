import { recordEvent } from "@/server/evidence/record-event";
import { apiRoute, json, readJson } from "@/server/http/api-route";

export const POST = apiRoute(async ({ request, actor, now }) => json(await recordEvent(actor, await readJson(request), now), 201));
