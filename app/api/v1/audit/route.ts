import { listAudit } from "@/server/audit/list-audit";
import { apiRoute, json } from "@/server/http/api-route";
import { auditQuerySchema } from "@/lib/validation/audit";
import { parseSearchParams } from "@/lib/validation/search-params";

export const GET = apiRoute(async ({ request, actor }) => json(await listAudit(actor, parseSearchParams(auditQuerySchema, new URL(request.url).searchParams))));
