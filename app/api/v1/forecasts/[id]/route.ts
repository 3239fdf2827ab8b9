import { forecastDetailQuerySchema } from "@/lib/validation/forecast-detail-query";
import { parseSearchParams } from "@/lib/validation/search-params";
import { getForecast } from "@/server/forecasts/get-forecast";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params, now }) => {
  const query = parseSearchParams(forecastDetailQuerySchema, new URL(request.url).searchParams);
  return json(await getForecast(actor, params.id, now, query));
});
