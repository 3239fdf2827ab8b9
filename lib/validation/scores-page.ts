import { z } from "zod";
import { SCORE_COLUMNS, bestFirst } from "@/lib/scores/analyst-order";

/** The scores page's order, beside SPEC §5's filters in its URL: `sort` a column, `dir` asc or desc (best first when left out). */
export const scoreSortSchema = z
  .object({
    sort: z.enum(SCORE_COLUMNS, { error: `must be one of ${SCORE_COLUMNS.join(", ")}` }).default("name"),
    dir: z.enum(["asc", "desc"], { error: "must be asc or desc" }).optional(),
  })
  .transform((value) => ({ sort: value.sort, dir: value.dir ?? bestFirst(value.sort) }));
export type ScoreSort = z.output<typeof scoreSortSchema>;

/** An analyst's record page: where the previous page ended. */
export const recordPageSchema = z.object({ cursor: z.string().max(300).optional() });

export interface RecordCursor {
  outcomeKnownAt: number;
  forecastId: string;
}

export function encodeRecordCursor(position: RecordCursor): string {
  return Buffer.from(JSON.stringify([position.outcomeKnownAt, position.forecastId])).toString("base64url");
}

/** The position a cursor names, or null when it is not one the page gave out. */
export function decodeRecordCursor(cursor: string): RecordCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "number" && typeof value[1] === "string") return { outcomeKnownAt: value[0], forecastId: value[1] };
  } catch {
    // an unreadable cursor is reported by the caller
  }
  return null;
}
