import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { BadRequest, NotFound, PayloadTooLarge, RuleViolation, Unauthenticated, toErrorBody } from "@/lib/errors";
import { containsNul, fieldsWithNul } from "@/lib/http/nul";
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
      const params = await context.params;
      // No id holds a NUL character; PostgreSQL would refuse to even look one up.
      if (containsNul(params)) throw new NotFound("The resource");
      return await handler({ request, actor, params, now: Date.now() });
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

/** The request body as JSON, or a 400 that says why it is not (413 over `limitBytes`). */
export async function readJson(request: Request, limitBytes: number = BODY_LIMITS.json): Promise<unknown> {
  const text = await readText(request, limitBytes);
  if (text.trim() === "") throw new BadRequest("The request body is empty: send a JSON object.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new BadRequest(`The request body is not valid JSON (${(error as Error).message}).`);
  }
  const withNul = fieldsWithNul(body);
  if (withNul.length > 0) throw new RuleViolation(withNul.map((field) => ({ field, message: "holds a NUL character (\\u0000), which no field accepts" })));
  return body;
}

/**
 * The request body as text, refused with 413 as soon as it passes `limitBytes`: a declared
 * Content-Length over the limit is refused unread, and a chunked body is counted as it arrives.
 */
export async function readText(request: Request, limitBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) throw new PayloadTooLarge(limitBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status });
}
