import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { findLiveTokenByHash, touchToken } from "@/db/queries/tokens";
import { getUser } from "@/db/queries/users";
import type { Actor } from "@/lib/auth/policy";
import { bearerToken, hashApiToken } from "@/lib/auth/token";
import { Unauthenticated } from "@/lib/errors";
import { getAuth } from "./auth/better-auth";
import { noteRequestUser } from "./http/request-log";

/** An API request's actor: the Bearer token when one is sent (and then only it), else the session cookie. */
export async function actorFromRequest(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) return logged(request.headers, await actorFromToken(bearerToken(authorization)));
  if (!isSafeMethod(request.method) && !isSameOrigin(request)) return null;
  return actorFromHeaders(request.headers);
}

/** The actor, noted for the request's log line (server/http/request-log.ts). */
function logged(requestHeaders: Headers, actor: Actor | null): Actor | null {
  if (actor) noteRequestUser(requestHeaders, actor.id);
  return actor;
}

function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/**
 * A browser session may write through the API only from Signpost's own pages: a cross-site form
 * or script carrying the cookie is treated as unauthenticated (SameSite=Lax already stops most).
 */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The signed-in user of a page or server action. */
export async function currentActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers());
}

/** The id of the browser session making this request, e.g. to keep it when ending the others. */
export async function currentSessionId(): Promise<string | null> {
  const requestHeaders = await headers();
  return (await (await getAuth(requestHeaders)).api.getSession({ headers: requestHeaders }))?.session.id ?? null;
}

export async function requireActor(request?: Request): Promise<Actor> {
  const actor = request ? await actorFromRequest(request) : await currentActor();
  if (!actor) throw new Unauthenticated();
  return actor;
}

async function actorFromToken(token: string | null): Promise<Actor | null> {
  if (!token) return null;
  const db = getDb();
  const row = await findLiveTokenByHash(db, hashApiToken(token));
  if (!row) return null;
  const now = Date.now();
  // "Last used" to the minute is enough, and spares a write on every API call.
  if (row.lastUsedAt === null || now - row.lastUsedAt > 60_000) await touchToken(db, row.id, now);
  return actorOf(row.userId);
}

async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const session = await (await getAuth(requestHeaders)).api.getSession({ headers: requestHeaders });
  return session ? logged(requestHeaders, await actorOf(session.user.id)) : null;
}

/** Nobody without a role, and nobody deactivated: their sessions and tokens count for nothing. */
async function actorOf(userId: string): Promise<Actor | null> {
  const user = await getUser(getDb(), userId);
  if (!user || user.roles.length === 0 || user.deactivatedAt !== null) return null;
  return { id: user.id, name: user.name, email: user.email, roles: user.roles };
}
