import { addPrediction } from "@/server/forecasts/add-prediction";
import { apiRoute, json, readJson } from "@/server/http/api-route";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, now }) =>
  json(await addPrediction(actor, params.id, await readJson(request), now), 201),
);
