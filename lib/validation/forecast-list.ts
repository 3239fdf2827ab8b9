import { z } from "zod";

export const FORECAST_STATUSES = ["open", "closed", "resolved", "annulled"] as const;

/** Query of GET /api/v1/forecasts and of the forecast list page. */
export const forecastListQuerySchema = z.object({
  status: z.enum(FORECAST_STATUSES, { error: `must be one of ${FORECAST_STATUSES.join(", ")}` }).optional(),
  tag: z.string().trim().min(1).max(40).optional(),
  q: z.string().trim().max(200, "must be at most 200 characters").optional(),
  reportId: z.string().min(1).max(100).optional(),
  authorId: z.string().min(1).max(100).optional(),
  limit: z.coerce
    .number({ error: "must be a whole number from 1 to 200" })
    .int("must be a whole number from 1 to 200")
    .min(1, "must be at least 1")
    .max(200, "must be at most 200")
    .default(50),
  cursor: z.string().max(300).optional(),
});
export type ForecastListQuery = z.output<typeof forecastListQuerySchema>;

export function encodeCursor(position: { createdAt: number; id: string }): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: number; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "string") return { createdAt: value[0], id: value[1] };
  } catch {
    // an unreadable cursor is reported by the caller
  }
  return null;
}
