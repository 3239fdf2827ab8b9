import { typeAheadQuerySchema } from "@/lib/validation/type-ahead-query";
import { parseSearchParams } from "@/lib/validation/search-params";
import { findTags } from "@/server/forecasts/find-tags";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute(async ({ request, actor }) => {
  const { q, limit } = parseSearchParams(typeAheadQuerySchema, new URL(request.url).searchParams);
  return json(await findTags(actor, q, limit));
});
