import { z } from "zod";
import { scoreFilterSchema } from "./score-filters";

export const DEFAULT_ROWS = 1_000;
export const MAX_ROWS = 5_000;

/** GET /api/v1/scores pages its (analyst, forecast) rows: `forecastsLimit` (≤ 5,000) and `forecastsCursor`. */
export const scoreRowsPageSchema = z.object({
  forecastsLimit: z.coerce.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(1, { error: "must be at least 1" }).max(MAX_ROWS, { error: `must be ${MAX_ROWS} or fewer` }).optional().default(DEFAULT_ROWS),
  forecastsCursor: z.string().max(400).optional(),
});
export type ScoreRowsPage = z.output<typeof scoreRowsPageSchema>;

export const scoresQuerySchema = z.intersection(scoreFilterSchema, scoreRowsPageSchema);
