import { peopleQuerySchema } from "@/lib/validation/people-query";
import { parseSearchParams } from "@/lib/validation/search-params";
import { apiRoute, json } from "@/server/http/api-route";
import { findPeople } from "@/server/people/find-people";

export const GET = apiRoute(async ({ request, actor }) => {
  const { q } = parseSearchParams(peopleQuerySchema, new URL(request.url).searchParams);
  return json(await findPeople(actor, q));
});
