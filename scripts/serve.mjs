// Signpost's HTTP server: Next.js's request handler behind a plain node:http server, so that
//  - the connecting address reaches the app in `x-signpost-peer` (Next.js only forwards it as
//    X-Forwarded-For when the client did not send one itself, so it cannot be trusted there);
//  - every request gets an id (`x-request-id`, echoed in the answer) and one JSON log line:
//    method, path (never the query), status, ms, user id, request id; never a body, token,
//    password or cookie;
//  - SIGTERM stops taking connections, lets requests in flight finish, then closes the database.
// Usage: node scripts/serve.mjs [port] [host]   (PORT, and HOST or 0.0.0.0, by default)
import { randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const host = process.argv[3] ?? process.env.HOST ?? "0.0.0.0";
/** How long SIGTERM waits for requests in flight before closing anyway. */
const DRAIN_MS = 25_000;

// Filled by the app (server/http/request-log.ts) with the user a request was made as.
const usersByRequest = new Map();
globalThis[Symbol.for("signpost.request-users")] = usersByRequest;

const app = next({ dev: false, dir: root, hostname: host === "0.0.0.0" ? "localhost" : host, port });
const handle = app.getRequestHandler();
await app.prepare();

let inFlight = 0;
let draining = false;
let drained = () => {};

const server = http.createServer((req, res) => {
  const started = performance.now();
  const requestId = randomUUID();
  inFlight += 1;
  // Whatever a client sent under these names is replaced: only this server knows them.
  req.headers["x-signpost-peer"] = req.socket.remoteAddress ?? "";
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  usersByRequest.set(requestId, null);
  if (draining) res.setHeader("Connection", "close");
  res.on("close", () => {
    const line = {
      at: new Date().toISOString(),
      method: req.method,
      path: (req.url ?? "").split("?")[0],
      status: res.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
      userId: usersByRequest.get(requestId) ?? null,
      requestId,
    };
    usersByRequest.delete(requestId);
    process.stdout.write(`${JSON.stringify(line)}\n`);
    inFlight -= 1;
    if (draining && inFlight === 0) drained();
  });
  handle(req, res).catch((error) => {
    console.error(JSON.stringify({ at: new Date().toISOString(), requestId, error: String(error?.stack ?? error) }));
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side. It has been logged." } }));
  });
});

server.listen(port, host, () => console.log(`Signpost: serving on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`));

async function shutDown(signal) {
  if (draining) return;
  draining = true;
  console.log(`Signpost: ${signal}: finishing ${inFlight} request(s) in flight, then closing the database.`);
  server.close();
  server.closeIdleConnections();
  if (inFlight > 0) await Promise.race([new Promise((resolve) => (drained = resolve)), new Promise((resolve) => setTimeout(resolve, DRAIN_MS))]);
  server.closeAllConnections();
  // Registered by db/client.ts (each copy of it the app's bundles hold).
  for (const close of globalThis[Symbol.for("signpost.database-closers")] ?? []) await close();
  console.log("Signpost: database closed; stopped.");
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void shutDown(signal));
