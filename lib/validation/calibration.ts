import { z } from "zod";
import { scoreFilterSchema } from "./score-filters";

/**
 * GET /api/v1/calibration: SPEC §5's filters, `bins` (deciles by default; `phia` too, the UK
 * yardstick's bands with its gaps as bins of their own) and `of` (the analysts' statements, or
 * the aggregate forecast's).
 */
export const calibrationQuerySchema = z.intersection(
  scoreFilterSchema,
  z.object({
    bins: z.enum(["deciles", "icd203", "phia"], { error: "must be deciles, icd203 or phia" }).optional().default("deciles"),
    of: z.enum(["analysts", "aggregate"], { error: "must be analysts or aggregate" }).optional().default("analysts"),
  }),
);
export type CalibrationQuery = z.output<typeof calibrationQuerySchema>;

/** GET /api/v1/calibration/statements: the calibration query, the bin (index from 0) and a page. */
export const calibrationStatementsQuerySchema = z.intersection(
  calibrationQuerySchema,
  z.object({
    bin: z.coerce.number({ error: "must be a bin's index, from 0" }).int({ error: "must be a whole number" }).min(0, { error: "must be 0 or more" }),
    limit: z.coerce.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(1, { error: "must be at least 1" }).max(200, { error: "must be 200 or fewer" }).optional().default(50),
    cursor: z.string().max(400).optional(),
  }),
);
export type CalibrationStatementsQuery = z.output<typeof calibrationStatementsQuerySchema>;
