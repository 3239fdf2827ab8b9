import { calibrationQuerySchema } from "@/lib/validation/calibration";
import { parseSearchParams } from "@/lib/validation/search-params";
import { getCalibration } from "@/server/calibration/get-calibration";
import { apiRoute } from "@/server/http/api-route";

const HEADER = ["bin", "label", "lower", "upper", "n", "meanForecast", "observedFrequency", "wilsonLow", "wilsonHigh"];

/** The calibration page's bins as CSV, over the same filters and with the same rights. */
export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseSearchParams(calibrationQuerySchema, new URL(request.url).searchParams);
  const result = await getCalibration(actor, query);
  const cell = (value: string | number | null) => (value === null ? "" : typeof value === "number" ? String(value) : `"${value.replaceAll('"', '""')}"`);
  const lines = [HEADER.join(","), ...result.bins.map((b, i) => [i, b.label, b.lower, b.upper, b.n, b.meanForecast, b.observedFrequency, b.wilsonLow, b.wilsonHigh].map(cell).join(","))];
  return new Response(`${lines.join("\r\n")}\r\n`, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="calibration-${query.bins}.csv"` },
  });
});
