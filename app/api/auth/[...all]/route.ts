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
  return (await getAuth()).handler(request);
}

export const GET = handle;
export const POST = handle;
