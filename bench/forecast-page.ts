/**
 * Issue 3's target: the forecast page and the timeline route of a busy forecast answer in under
 * 300 ms. Seeds a fresh database, serves the built app on it and measures over HTTP.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb } from "@/db/client";
import { seedBusyForecast } from "./seed-busy-forecast";

const PORT = 3199;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 30;
const credentials = { email: "bench@bench.example", password: "bench-password-1" };

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

async function signIn(): Promise<string> {
  const response = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function measure(label: string, url: string, headers: Record<string, string>): Promise<void> {
  const timings: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`${label}: HTTP ${response.status}`);
    if (i >= 3) timings.push(performance.now() - started);
    bytes = body.byteLength;
  }
  timings.sort((a, b) => a - b);
  const pick = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))].toFixed(1);
  console.log(`${label.padEnd(34)} p50 ${pick(0.5)} ms · p95 ${pick(0.95)} ms · max ${timings.at(-1)!.toFixed(1)} ms · ${(bytes / 1024).toFixed(0)} KiB`);
}

export async function benchForecastPage(): Promise<void> {
  const root = path.resolve(import.meta.dirname, "..");
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-bench-"));
  process.env.DATABASE_PATH = path.join(dir, "bench.db");
  const forecastId = await seedBusyForecast(Date.now(), credentials);
  closeDb();
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: BASE },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitForHealth();
    const cookie = await signIn();
    const tokenOut = spawnSync("npx", ["tsx", "--conditions=react-server", "cli/index.ts", "token:create", "--email", credentials.email], { cwd: root, env: process.env, encoding: "utf8" });
    const token = tokenOut.stdout.trim().split("\n").at(-1)!;
    console.log("Busy forecast: 50 analysts, 2,000 predictions, 40 indicators, 500 linked events; " + `${RUNS} sequential requests after 3 warm-ups`);
    await measure("GET /api/v1/forecasts/:id/timeline", `${BASE}/api/v1/forecasts/${forecastId}/timeline`, { authorization: `Bearer ${token}` });
    await measure("GET /api/v1/forecasts/:id", `${BASE}/api/v1/forecasts/${forecastId}`, { authorization: `Bearer ${token}` });
    await measure("page /forecasts/:id (HTML)", `${BASE}/forecasts/${forecastId}`, { cookie });
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
