import { getForecast } from "@/server/forecasts/get-forecast";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, now }) => json(await getForecast(actor, params.id, now)));
