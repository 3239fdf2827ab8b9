import { exportQuerySchema } from "@/lib/validation/export";
import { parseSearchParams } from "@/lib/validation/search-params";
import { apiRoute } from "@/server/http/api-route";
import { exportTrackRecord } from "@/server/export/export-track-record";
import { textStream } from "@/server/export/text-stream";

/** SPEC §6: the reader's track record as JSON (valid import input) or CSV, streamed a page of forecasts at a time. */
export const GET = apiRoute(async ({ request, actor, now }) => {
  const query = parseSearchParams(exportQuerySchema, new URL(request.url).searchParams);
  const exported = await exportTrackRecord(actor, query, now);
  return new Response(textStream(exported.chunks), {
    headers: { "content-type": exported.contentType, "content-disposition": `attachment; filename="${exported.filename}"`, "cache-control": "no-store" },
  });
});
