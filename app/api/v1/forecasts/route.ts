import { createForecast } from "@/server/forecasts/create-forecast";
import { listForecasts } from "@/server/forecasts/list-forecasts";
import { apiRoute, json, readJson } from "@/server/http/api-route";

export const GET = apiRoute(async ({ request, actor, now }) => {
  return json(await listForecasts(actor, new URL(request.url).searchParams, now));
});

export const POST = apiRoute(async ({ request, actor, now }) => json(await createForecast(actor, await readJson(request), now), 201));
