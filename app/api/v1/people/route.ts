import { typeAheadQuerySchema } from "@/lib/validation/type-ahead-query";
import { parseSearchParams } from "@/lib/validation/search-params";
import { apiRoute, json } from "@/server/http/api-route";
import { findPeople } from "@/server/people/find-people";

export const GET = apiRoute(async ({ request, actor }) => {
  const { q, limit } = parseSearchParams(typeAheadQuerySchema, new URL(request.url).searchParams);
  return json(await findPeople(actor, q, limit));
});
