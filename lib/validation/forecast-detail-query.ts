import { z } from "zod";

/** Query of GET /api/v1/forecasts/:id: without `predictionsLimit` every prediction, as before. */
export const forecastDetailQuerySchema = z.object({
  predictionsLimit: z.coerce
    .number({ error: "must be a whole number from 1 to 500" })
    .int("must be a whole number from 1 to 500")
    .min(1, "must be at least 1")
    .max(500, "must be at most 500")
    .optional(),
  predictionsCursor: z.string().max(300).optional(),
});
export type ForecastDetailQuery = z.output<typeof forecastDetailQuerySchema>;

/** Query of GET /api/v1/forecasts/:id/timeline: `compact` gives each prediction once and the evidence where it changes. */
export const timelineQuerySchema = z.object({
  format: z.enum(["points", "compact"], { error: "must be “compact”, or left out for a point per day" }).default("points"),
});
