import { calibrationQuerySchema } from "@/lib/validation/calibration";
import { parseSearchParams } from "@/lib/validation/search-params";
import { getCalibration } from "@/server/calibration/get-calibration";
import { apiRoute, json } from "@/server/http/api-route";

/** SPEC §6's shape exactly: the page's extras (labels, trend) stay out of the API. */
export const GET = apiRoute(async ({ request, actor }) => {
  const result = await getCalibration(actor, parseSearchParams(calibrationQuerySchema, new URL(request.url).searchParams));
  return json({
    bins: result.bins.map(({ lower, upper, n, meanForecast, observedFrequency, wilsonLow, wilsonHigh }) => ({ lower, upper, n, meanForecast, observedFrequency, wilsonLow, wilsonHigh })),
    n: result.n,
    brier: result.brier,
    reliability: result.reliability,
    resolution: result.resolution,
    uncertainty: result.uncertainty,
    auc: result.auc,
    andi: result.andi,
    overconfidence: result.overconfidence,
  });
});
