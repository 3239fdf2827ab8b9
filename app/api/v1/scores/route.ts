import { scoresQuerySchema } from "@/lib/validation/score-rows-page";
import { parseSearchParams } from "@/lib/validation/search-params";
import { apiRoute, json } from "@/server/http/api-route";
import { listScores } from "@/server/scores/list-scores";

export const GET = apiRoute(async ({ request, actor }) => {
  const { forecastsLimit, forecastsCursor, ...filters } = parseSearchParams(scoresQuerySchema, new URL(request.url).searchParams);
  return json(await listScores(actor, filters, { forecastsLimit, forecastsCursor }));
});
