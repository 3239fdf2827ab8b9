import { transportOf } from "@/lib/auth/transport";
import { RateLimited } from "@/lib/errors";
import { getAuth } from "@/server/auth/better-auth";
import { beginSignInAttempt } from "@/server/auth/sign-in-throttle";
import { errorResponse, readText } from "@/server/http/api-route";

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
  const auth = await getAuth(request.headers);
  if (new URL(request.url).pathname === SIGN_IN && request.method === "POST") return inSpecShape(await throttledSignIn(request, (r) => auth.handler(r)));
  return inSpecShape(await auth.handler(await asTheClientSawIt(request)));
}

/** better-auth answers refusals as `{message, code}` (or nothing); the API's clients expect SPEC §6's shape everywhere. */
async function inSpecShape(response: Response): Promise<Response> {
  if (response.status < 400) return response;
  const text = await response.text();
  if (text.startsWith('{"error":')) return new Response(text, { status: response.status, headers: response.headers });
  let own: { message?: unknown; code?: unknown } = {};
  try {
    own = JSON.parse(text) ?? {};
  } catch {
    // Not JSON: the status alone says what happened.
  }
  const code = typeof own.code === "string" ? own.code.toLowerCase() : response.status === 401 ? "unauthenticated" : "bad_request";
  const message = typeof own.message === "string" && own.message ? own.message : "The request was refused.";
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Response(JSON.stringify({ error: { code, message } }), { status: response.status, headers });
}

const SIGN_IN = "/api/auth/sign-in/email";

/** Sign-ins by script are throttled exactly like the form's: 429 with Retry-After once the tries are used. */
async function throttledSignIn(request: Request, handler: (request: Request) => Promise<Response>): Promise<Response> {
  try {
    const text = await readText(request, SIGN_IN_BODY_LIMIT);
    const email = emailOf(text);
    const attempt = await beginSignInAttempt(email, request.headers, Date.now());
    const response = await handler(await asTheClientSawIt(new Request(request.url, { method: "POST", headers: request.headers, body: text })));
    await attempt.settle(response.ok);
    return response;
  } catch (error) {
    const response = errorResponse(error);
    if (error instanceof RateLimited) response.headers.set("Retry-After", String(error.retryAfterSeconds));
    return response;
  }
}

const SIGN_IN_BODY_LIMIT = 16_000;

/** The email the body names (any text counts as one, so a malformed body still takes a try). */
function emailOf(text: string): string {
  try {
    const body = JSON.parse(text) as { email?: unknown };
    return typeof body?.email === "string" ? body.email : "";
  } catch {
    return "";
  }
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
