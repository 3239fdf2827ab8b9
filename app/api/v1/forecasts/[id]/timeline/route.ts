import { getTimeline } from "@/server/forecasts/get-timeline";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, now }) => json(await getTimeline(actor, params.id, now)));
