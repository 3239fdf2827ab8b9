/** What the HTTP benchmarks share: serving the built app on a database, signing in, timing requests. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" });
}

/** `next start` on the database named by the environment; stop it with `stopServer`. */
export async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: `http://127.0.0.1:${port}` },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopServer(server);
  throw new Error("the server did not start");
}

export function stopServer(server: ChildProcess): void {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
}

/** A session cookie for the browser pages. */
export async function signIn(base: string, credentials: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  bytes: number;
}

/** `runs` sequential requests after 3 warm-ups; prints one line and returns the figures. */
export async function measure(label: string, url: string, headers: Record<string, string>, runs = 30): Promise<Timing> {
  const timings: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 3; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`${label}: HTTP ${response.status}`);
    if (i >= 3) timings.push(performance.now() - started);
    bytes = body.byteLength;
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
  const timing = { p50: at(0.5), p95: at(0.95), max: timings.at(-1)!, bytes };
  console.log(`${label.padEnd(44)} p50 ${timing.p50.toFixed(1).padStart(6)} ms · p95 ${timing.p95.toFixed(1).padStart(6)} ms · ${(bytes / 1024).toFixed(1).padStart(7)} KiB`);
  return timing;
}
