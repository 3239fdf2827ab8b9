import { z } from "zod";
import { scoreFilterSchema } from "./score-filters";

/** GET /api/v1/export: SPEC §5's filters and `format=json|csv` (JSON by default). */
export const exportQuerySchema = z.intersection(
  scoreFilterSchema,
  z.object({ format: z.enum(["json", "csv"], { error: "must be json or csv" }).optional().default("json") }),
);
export type ExportQuery = z.output<typeof exportQuerySchema>;
