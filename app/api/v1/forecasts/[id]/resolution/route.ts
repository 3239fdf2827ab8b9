import { apiRoute, json, readJson } from "@/server/http/api-route";
import { resolveForecast } from "@/server/resolutions/resolve-forecast";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, now }) => json(await resolveForecast(actor, params.id, await readJson(request), now), 201));
