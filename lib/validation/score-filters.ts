import { z } from "zod";
import { confidence } from "./common";

const isoDay = (example: string) => z.iso.date({ error: `must be a date such as ${example}` });

/**
 * SPEC §5's filters for scores, calibration and export: `from` and `to` are UTC days on
 * `outcomeKnownAt`, both inclusive (`to` covers its whole day); `matured=true` keeps forecasts
 * whose outcome became known at or after their horizon.
 */
export const scoreFilterSchema = z
  .object({
    analystId: z.string().min(1).max(100).optional(),
    teamId: z.string().min(1).max(100).optional(),
    tag: z.string().trim().min(1).max(40).optional(),
    reportId: z.string().min(1).max(100).optional(),
    confidence: confidence.optional(),
    from: isoDay("2021-01-01").optional(),
    to: isoDay("2021-12-31").optional(),
    matured: z.enum(["true", "false"], { error: "must be true or false" }).optional().transform((value) => value === "true"),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "must not be before “from”: the date range is empty" });
export type ScoreFilterQuery = z.output<typeof scoreFilterSchema>;

const END_OF_DAY_MS = 86_399_999;

/** The filter's dates as epoch-ms bounds on `outcomeKnownAt`. */
export function outcomeKnownBounds(query: Pick<ScoreFilterQuery, "from" | "to">): { from?: number; to?: number } {
  return { from: query.from ? Date.parse(query.from) : undefined, to: query.to ? Date.parse(query.to) + END_OF_DAY_MS : undefined };
}
