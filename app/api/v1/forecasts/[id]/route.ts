import { getForecast } from "@/server/forecasts/get-forecast";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(({ actor, params, now }) => json(getForecast(actor, params.id, now)));
