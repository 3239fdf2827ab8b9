import { scoreFilterSchema } from "@/lib/validation/score-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { apiRoute, json } from "@/server/http/api-route";
import { listScores } from "@/server/scores/list-scores";

export const GET = apiRoute(async ({ request, actor }) => json(await listScores(actor, parseSearchParams(scoreFilterSchema, new URL(request.url).searchParams))));
