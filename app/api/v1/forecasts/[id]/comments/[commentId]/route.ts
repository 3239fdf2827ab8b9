import { editComment } from "@/server/comments/edit-comment";
import { apiRoute, json, readJson } from "@/server/http/api-route";

/** Not in SPEC §6's table: its author's correction within 10 minutes, as the page offers it. */
export const PATCH = apiRoute<{ id: string; commentId: string }>(async ({ request, actor, params, now }) =>
  json(await editComment(actor, params.id, params.commentId, await readJson(request), now)),
);
