import { z } from "zod";
import { idString, pageCursor, pageLimit } from "./common";

/** GET /api/v1/inbox and the inbox page. */
export const inboxQuerySchema = z.object({
  unread: z.enum(["true", "false"], { error: "must be true or false" }).optional().transform((value) => value === "true"),
  limit: pageLimit,
  cursor: pageCursor,
});
export type InboxQuery = z.output<typeof inboxQuerySchema>;

/** POST /api/v1/inbox/read: these items, or (no ids) everything. */
export const markReadSchema = z.object({
  ids: z.array(idString, { error: "must be a list of inbox item ids" }).max(500, "at most 500 ids at once").optional(),
});

export interface InboxPosition {
  at: number;
  id: string;
}

export function encodeInboxCursor(position: InboxPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString("base64url");
}

export function decodeInboxCursor(cursor: string): InboxPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "string") return { at: value[0], id: value[1] };
  } catch {
    // reported by the caller
  }
  return null;
}
