import "server-only";
import { getDb } from "@/db/client";
import { commentsOf } from "@/db/queries/comments";
import { findForecastRow } from "@/db/queries/forecasts";
import { canRead, type Actor } from "@/lib/auth/policy";
import { Forbidden, NotFound } from "@/lib/errors";
import { toCommentDto, type CommentDto } from "./comment-dto";

/** GET /api/v1/forecasts/:id/comments: oldest first; replies name the comment they answer. */
export async function listComments(actor: Actor, forecastId: string): Promise<{ items: CommentDto[] }> {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  if (!(await findForecastRow(db, forecastId))) throw new NotFound("The forecast");
  return { items: (await commentsOf(db, forecastId)).map(toCommentDto) };
}
