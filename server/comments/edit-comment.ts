import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findComment, updateCommentBody } from "@/db/queries/comments";
import type { Actor } from "@/lib/auth/policy";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { COMMENT_EDIT_WINDOW_MS, editCommentSchema } from "@/lib/validation/comment";
import { parseOrThrow } from "@/lib/validation/issues";
import { auditActorId } from "../system-actor";
import { toCommentDto, type CommentDto } from "./comment-dto";

/** Its author may correct a comment for 10 minutes after posting it; the audit log keeps every wording. */
export async function editComment(actor: Actor, forecastId: string, commentId: string, rawInput: unknown, now: number): Promise<CommentDto> {
  return withTransaction(async (tx) => {
    const row = await findComment(tx, forecastId, commentId);
    if (!row) throw new NotFound("The comment");
    if (row.authorId !== actor.id) throw new Forbidden("Only its author can edit a comment.");
    if (now - row.createdAt > COMMENT_EDIT_WINDOW_MS) throw new Conflict("conflict", "A comment can be edited for 10 minutes after it was posted; this one no longer can.");
    const { body } = parseOrThrow(editCommentSchema, rawInput);
    await updateCommentBody(tx, commentId, body, now);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "comment.edit", entity: "comment", entityId: commentId, before: { body: row.body }, after: { body } });
    return toCommentDto({ ...row, body, editedAt: now });
  });
}
