import { createForecast } from "@/server/forecasts/create-forecast";
import { listForecasts } from "@/server/forecasts/list-forecasts";
import { apiRoute, json, readJson } from "@/server/http/api-route";
import { forecastListQuerySchema } from "@/lib/validation/forecast-list";
import { parseSearchParams } from "@/lib/validation/search-params";

export const GET = apiRoute(async ({ request, actor, now }) => {
  const query = parseSearchParams(forecastListQuerySchema, new URL(request.url).searchParams);
  return json(await listForecasts(actor, query, now));
});

export const POST = apiRoute(async ({ request, actor, now }) => json(await createForecast(actor, await readJson(request), now), 201));
