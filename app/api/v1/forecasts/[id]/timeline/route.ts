import { getTimeline } from "@/server/forecasts/get-timeline";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(({ actor, params, now }) => json(getTimeline(actor, params.id, now)));
