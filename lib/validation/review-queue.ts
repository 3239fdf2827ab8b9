import { z } from "zod";

/** The resolution queue's page query: only where the previous page ended. */
export const reviewQueueQuerySchema = z.object({ cursor: z.string().max(300).optional() });
export type ReviewQueueQuery = z.output<typeof reviewQueueQuerySchema>;

export interface QueueCursor {
  closesAt: number;
  id: string;
}

export function encodeQueueCursor(position: QueueCursor): string {
  return Buffer.from(JSON.stringify([position.closesAt, position.id])).toString("base64url");
}

/** The position a cursor names, or null when it is not one this page gave out. */
export function decodeQueueCursor(cursor: string): QueueCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "number" && typeof value[1] === "string") return { closesAt: value[0], id: value[1] };
  } catch {
    // an unreadable cursor is reported by the caller
  }
  return null;
}
