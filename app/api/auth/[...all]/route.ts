import { transportOf } from "@/lib/auth/transport";
import { getAuth } from "@/server/auth/better-auth";

/**
 * better-auth's own endpoints, for scripts and the benchmark (the pages sign in through server
 * actions). Only signing in and out and reading the session are exposed: every other change to an
 * account goes through Signpost's use cases, which check rights and write the audit log.
 */
const ALLOWED = new Set(["/api/auth/sign-in/email", "/api/auth/sign-out", "/api/auth/get-session"]);

async function handle(request: Request): Promise<Response> {
  if (!ALLOWED.has(new URL(request.url).pathname)) {
    return Response.json({ error: { code: "not_found", message: "There is no such authentication endpoint." } }, { status: 404 });
  }
  return (await getAuth(request.headers)).handler(await asTheClientSawIt(request));
}

/**
 * Next.js hands route handlers a URL on its own bind address (http://localhost:3000/…). Without
 * BETTER_AUTH_URL, better-auth takes the public origin from that URL and would refuse a request
 * from http://signpost.lan:3000 as coming from a foreign origin, so the URL gets the host and
 * protocol the client actually used.
 */
async function asTheClientSawIt(request: Request): Promise<Request> {
  const { protocol, host } = transportOf(request.headers);
  if (!host) return request;
  const url = new URL(request.url);
  url.protocol = protocol;
  url.host = host;
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  return new Request(url, { method: request.method, headers: request.headers, body });
}

export const GET = handle;
export const POST = handle;
