import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findComment, insertComment } from "@/db/queries/comments";
import { findForecastRow } from "@/db/queries/forecasts";
import { participantsOf, tellPeople } from "@/db/queries/inbox";
import { canRead, type Actor } from "@/lib/auth/policy";
import { Forbidden, NotFound, RuleViolation } from "@/lib/errors";
import { addCommentSchema } from "@/lib/validation/comment";
import { parseOrThrow } from "@/lib/validation/issues";
import { auditActorId } from "../system-actor";
import { toCommentDto, type CommentDto } from "./comment-dto";

/** Anyone who may read a forecast may comment on it, or answer a comment (one level deep). */
export async function addComment(actor: Actor, forecastId: string, rawInput: unknown, now: number): Promise<CommentDto> {
  if (!canRead(actor)) throw new Forbidden();
  return withTransaction(async (tx) => {
    const forecast = await findForecastRow(tx, forecastId);
    if (!forecast) throw new NotFound("The forecast");
    const input = parseOrThrow(addCommentSchema, rawInput);
    const answered = input.replyTo ? await findComment(tx, forecastId, input.replyTo) : null;
    if (input.replyTo && !answered) throw new RuleViolation([{ field: "replyTo", message: "is not a comment on this forecast" }]);
    if (answered?.replyTo) throw new RuleViolation([{ field: "replyTo", message: "is itself a reply: answer the comment it replies to (threads are one level deep)" }]);
    const row = { id: crypto.randomUUID(), forecastId, authorId: actor.id, replyTo: input.replyTo, body: input.body, createdAt: now, editedAt: null };
    await insertComment(tx, row);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "comment.create", entity: "comment", entityId: row.id, after: { forecastId, body: row.body, replyTo: row.replyTo } });
    const told = new Set(await participantsOf(tx, forecastId));
    if (answered) told.add(answered.authorId);
    told.delete(actor.id);
    const what = answered ? "answered a comment on" : "commented on";
    await tellPeople(tx, told, { kind: "comment", forecastId, at: now, text: `${actor.name} ${what} “${forecast.title}”: ${excerpt(row.body)}` });
    return toCommentDto(row);
  });
}

function excerpt(body: string): string {
  return body.length > 140 ? `${body.slice(0, 139)}…` : body;
}
