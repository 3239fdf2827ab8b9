import { addComment } from "@/server/comments/add-comment";
import { listComments } from "@/server/comments/list-comments";
import { apiRoute, json, readJson } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(await listComments(actor, params.id)));

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, now }) => json(await addComment(actor, params.id, await readJson(request), now), 201));
