import { apiRoute, json, readJson } from "@/server/http/api-route";
import { createReport } from "@/server/reports/create-report";

export const POST = apiRoute(async ({ request, actor, now }) => json(await createReport(actor, await readJson(request), now), 201));
