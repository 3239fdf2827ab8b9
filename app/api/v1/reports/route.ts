import { BODY_LIMITS } from "@/lib/http/body-limits";
import { apiRoute, json, readJson } from "@/server/http/api-route";
import { createReport } from "@/server/reports/create-report";

export const POST = apiRoute(async ({ request, actor, now }) => json(await createReport(actor, await readJson(request, BODY_LIMITS.report), now), 201));
