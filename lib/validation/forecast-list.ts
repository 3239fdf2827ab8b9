import { z } from "zod";
import { pageCursor, pageLimit } from "./common";

export const FORECAST_STATUSES = ["open", "closed", "resolved", "annulled"] as const;

/** Query of GET /api/v1/forecasts and of the forecast list page. */
export const forecastListQuerySchema = z.object({
  status: z.enum(FORECAST_STATUSES, { error: `must be one of ${FORECAST_STATUSES.join(", ")}` }).optional(),
  tag: z.string().trim().min(1).max(40).optional(),
  q: z.string().trim().max(200, "must be at most 200 characters").optional(),
  reportId: z.string().min(1).max(100).optional(),
  authorId: z.string().min(1).max(100).optional(),
  /** Words of an author's name or email, from the list page's type-ahead. */
  author: z.string().trim().max(200, "must be at most 200 characters").optional(),
  limit: pageLimit,
  cursor: pageCursor,
});
export type ForecastListQuery = z.output<typeof forecastListQuerySchema>;

/** Where a page ended: the last row's sort keys; `titleHit` (1 or 0) only in a word search. */
export interface ListPosition {
  createdAt: number;
  id: string;
  titleHit?: number;
}

export function encodeCursor(position: ListPosition): string {
  const keys: (number | string)[] = [position.createdAt, position.id];
  if (position.titleHit !== undefined) keys.push(position.titleHit);
  return Buffer.from(JSON.stringify(keys)).toString("base64url");
}

export function decodeCursor(cursor: string): ListPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "string") {
      const titleHit = value[2] === 0 || value[2] === 1 ? value[2] : undefined;
      return { createdAt: value[0], id: value[1], titleHit };
    }
  } catch {
    // an unreadable cursor is reported by the caller
  }
  return null;
}
