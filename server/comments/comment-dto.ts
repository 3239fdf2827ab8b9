import type { CommentRow } from "@/db/schema";
import { toIso, toIsoOrNull } from "@/lib/format/dates";

/** SPEC §6's comment: `{id, authorId, at, body, replyTo}`, and when it was last edited. */
export interface CommentDto {
  id: string;
  authorId: string;
  at: string;
  body: string;
  replyTo: string | null;
  editedAt: string | null;
}

export function toCommentDto(row: CommentRow): CommentDto {
  return { id: row.id, authorId: row.authorId, at: toIso(row.createdAt), body: row.body, replyTo: row.replyTo, editedAt: toIsoOrNull(row.editedAt) };
}
