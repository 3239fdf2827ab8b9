import { timelineQuerySchema } from "@/lib/validation/forecast-detail-query";
import { parseSearchParams } from "@/lib/validation/search-params";
import { getCompactTimeline, getTimeline } from "@/server/forecasts/get-timeline";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params, now }) => {
  const { format } = parseSearchParams(timelineQuerySchema, new URL(request.url).searchParams);
  return json(format === "compact" ? await getCompactTimeline(actor, params.id, now) : await getTimeline(actor, params.id, now));
});
