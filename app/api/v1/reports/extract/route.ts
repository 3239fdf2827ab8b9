import { BODY_LIMITS } from "@/lib/http/body-limits";
import { apiRoute, json, readJson } from "@/server/http/api-route";
import { extractFromText } from "@/server/reports/extract-judgments";

export const POST = apiRoute(async ({ request, actor }) => json(await extractFromText(actor, await readJson(request, BODY_LIMITS.report))));
