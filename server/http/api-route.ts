import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { BadRequest, Unauthenticated, toErrorBody } from "@/lib/errors";
import { actorFromRequest } from "../actor";

type RouteContext<P> = { params: Promise<P> };

interface ApiCall<P> {
  request: Request;
  actor: Actor;
  params: P;
  now: number;
}

/**
 * The one adapter every /api/v1 route goes through: find the caller (401 without one), run the
 * use case, and map whatever it throws to SPEC §6's error body.
 */
export function apiRoute<P = Record<string, never>>(handler: (call: ApiCall<P>) => Promise<Response> | Response) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const actor = await actorFromRequest(request);
      if (!actor) throw new Unauthenticated();
      return await handler({ request, actor, params: await context.params, now: Date.now() });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  const { status, body } = toErrorBody(error);
  if (status === 500) console.error(error);
  return Response.json(body, { status });
}

/** The request body as JSON, or a 400 that says why it is not. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") throw new BadRequest("The request body is empty: send a JSON object.");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRequest(`The request body is not valid JSON (${(error as Error).message}).`);
  }
}

export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status });
}
