import "server-only";

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * Tells the server's request log (scripts/serve.mjs) which user a request was made as: the log line
 * is written there, when the answer has gone, and only the app knows who asked.
 */
export function noteRequestUser(headers: HeaderSource, userId: string): void {
  const users = (globalThis as Record<symbol, unknown>)[Symbol.for("signpost.request-users")] as Map<string, string | null> | undefined;
  const requestId = headers.get("x-request-id");
  if (users && requestId && users.has(requestId)) users.set(requestId, userId);
}
