import { inboxQuerySchema } from "@/lib/validation/inbox";
import { parseSearchParams } from "@/lib/validation/search-params";
import { serverNow } from "@/server/clock";
import { apiRoute, json } from "@/server/http/api-route";
import { readInbox } from "@/server/inbox/inbox";

export const GET = apiRoute(async ({ request, actor }) => json(await readInbox(actor, parseSearchParams(inboxQuerySchema, new URL(request.url).searchParams), serverNow())));
