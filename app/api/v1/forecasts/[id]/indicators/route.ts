import { addIndicator } from "@/server/evidence/add-indicator";
import { apiRoute, json, readJson } from "@/server/http/api-route";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, now }) =>
  json(await addIndicator(actor, params.id, await readJson(request), now), 201),
);
