import { apiRoute, json, readJson } from "@/server/http/api-route";
import { reopenForecast } from "@/server/resolutions/reopen-forecast";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, now }) => json(await reopenForecast(actor, params.id, await readJson(request), now)));
