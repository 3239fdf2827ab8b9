import { z } from "zod";
import { pageCursor, pageLimit } from "./common";
import { RELIABILITY } from "./evidence";

/**
 * Query of GET /api/v1/events and of the events page. `reliability` and `credibility` are the
 * worst grade allowed: `B` keeps A and B, `2` keeps 1 and 2 (Admiralty grades run best first).
 */
export const eventListQuerySchema = z
  .object({
    q: z.string().trim().max(200, "must be at most 200 characters").optional(),
    from: z.iso.date({ error: "must be a date such as 2021-10-01" }).optional(),
    to: z.iso.date({ error: "must be a date such as 2021-12-31" }).optional(),
    reliability: z.enum(RELIABILITY, { error: "must be a letter from A to F" }).optional(),
    credibility: z.coerce.number({ error: "must be a whole number from 1 to 6" }).int("must be a whole number from 1 to 6").min(1, "must be from 1 to 6").max(6, "must be from 1 to 6").optional(),
    limit: pageLimit,
    cursor: pageCursor,
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "must not be before “from”: the date range is empty" });
export type EventListQuery = z.output<typeof eventListQuerySchema>;

/** The grades at least as good as `worst`: "C" → A, B, C. */
export function gradesUpTo<T extends string | number>(grades: readonly T[], worst: T | undefined): T[] | undefined {
  if (worst === undefined) return undefined;
  return grades.slice(0, grades.indexOf(worst) + 1);
}

export function encodeEventCursor(position: { occurredAt: number; id: string }): string {
  return Buffer.from(JSON.stringify([position.occurredAt, position.id])).toString("base64url");
}

export function decodeEventCursor(cursor: string): { occurredAt: number; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "string") return { occurredAt: value[0], id: value[1] };
  } catch {
    // an unreadable cursor is reported by the caller
  }
  return null;
}
