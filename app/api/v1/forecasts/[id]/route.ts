import { forecastDetailQuerySchema } from "@/lib/validation/forecast-detail-query";
import { parseSearchParams } from "@/lib/validation/search-params";
import { getForecast } from "@/server/forecasts/get-forecast";
import { apiRoute, json, readJson } from "@/server/http/api-route";
import { editForecast } from "@/server/versions/edit-forecast";

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params, now }) => {
  const query = parseSearchParams(forecastDetailQuerySchema, new URL(request.url).searchParams);
  return json(await getForecast(actor, params.id, now, query));
});

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params, now }) => json(await editForecast(actor, params.id, await readJson(request), now)));
