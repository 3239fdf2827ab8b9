import { calibrationStatementsQuerySchema } from "@/lib/validation/calibration";
import { parseSearchParams } from "@/lib/validation/search-params";
import { calibrationStatements } from "@/server/calibration/calibration-statements";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute(async ({ request, actor }) => {
  const page = await calibrationStatements(actor, parseSearchParams(calibrationStatementsQuerySchema, new URL(request.url).searchParams));
  return json({
    items: page.items.map(({ forecastId, analystId, scenarioId, probability, outcome }) => ({ forecastId, analystId, scenarioId, probability, outcome })),
    nextCursor: page.nextCursor,
  });
});
