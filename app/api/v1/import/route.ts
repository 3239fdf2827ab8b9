import { BODY_LIMITS } from "@/lib/http/body-limits";
import { apiRoute, json, readText } from "@/server/http/api-route";
import { importTrackRecordText } from "@/server/import/import-track-record";

/** SPEC §6: an admin imports a track record; the body is parsed by the use case a slice at a time (large files). */
export const POST = apiRoute(async ({ request, actor, now }) => json(await importTrackRecordText(actor, await readText(request, BODY_LIMITS.import), now), 201));
