import { z } from "zod";
import { idString, text } from "./common";

/** POST /api/v1/forecasts/:id/comments and the comment form. */
export const addCommentSchema = z.object({
  body: text({ min: 1, max: 5000 }),
  replyTo: idString.nullish().transform((value) => value ?? null),
});

/** Editing one's own comment within 10 minutes. */
export const editCommentSchema = z.object({ body: text({ min: 1, max: 5000 }) });

export const COMMENT_EDIT_WINDOW_MS = 10 * 60_000;
