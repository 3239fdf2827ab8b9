/**
 * Issue 3's target: the forecast page and the timeline route of a busy forecast answer in under
 * 300 ms; issue 10's: the same on PostgreSQL, and 16 concurrent writers × 50 predictions on one
 * forecast. Seeds a fresh database, serves the built app on it and measures over HTTP.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, prepareDatabase } from "@/db/client";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createToken } from "@/server/tokens/create-token";
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

const WRITERS = 16;
const PREDICTIONS_PER_WRITER = 50;

/** 16 analysts post 50 predictions each, all at once, on one forecast: every one must be a 201. */
async function concurrentWriters(forecastId: string, tokens: string[], scenarioIds: string[]): Promise<void> {
  const before = await countPredictions(forecastId, tokens[0]);
  const statuses = new Map<number, number>();
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, writer) => {
      for (let i = 0; i < PREDICTIONS_PER_WRITER; i++) {
        const first = 100 + ((writer * 37 + i * 11) % 700);
        const body = { probabilities: { [scenarioIds[0]]: first / 10, [scenarioIds[1]]: (900 - first) / 10, [scenarioIds[2]]: 10 }, rationale: `writer ${writer}, #${i}` };
        const response = await fetch(`${BASE}/api/v1/forecasts/${forecastId}/predictions`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const added = (await countPredictions(forecastId, tokens[0])) - before;
  const total = WRITERS * PREDICTIONS_PER_WRITER;
  console.log(
    `${WRITERS} writers × ${PREDICTIONS_PER_WRITER} predictions`.padEnd(34) +
      ` ${[...statuses].map(([status, n]) => `${n} × ${status}`).join(", ")} · ${added} stored (expected ${total}) · ${(total / seconds).toFixed(0)} requests/s · ${seconds.toFixed(1)} s`,
  );
}

async function countPredictions(forecastId: string, token: string): Promise<number> {
  const response = await fetch(`${BASE}/api/v1/forecasts/${forecastId}`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { predictions: unknown[] }).predictions.length;
}

/** Seeds the busy forecast and one API token per concurrent writer, in process, before the server starts. */
async function seed(): Promise<{ forecastId: string; scenarioIds: string[]; tokens: string[] }> {
  await prepareDatabase();
  const { forecastId, analystIds, scenarioIds } = await seedBusyForecast(Date.now(), credentials);
  const tokens: string[] = [];
  for (const analystId of analystIds.slice(0, WRITERS)) tokens.push((await createToken(SYSTEM_ACTOR, analystId, { name: "bench" }, Date.now())).token);
  await closeDb();
  return { forecastId, scenarioIds, tokens };
}

async function benchForecastPage(engineLabel: string): Promise<void> {
  const root = path.resolve(import.meta.dirname, "..");
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-bench-"));
  process.env.DATABASE_PATH = path.join(dir, "bench.db");
  const { forecastId, scenarioIds, tokens } = await seed();
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: BASE },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitForHealth();
    const cookie = await signIn();
    const token = tokens[0];
    console.log(`${engineLabel}. Busy forecast: 50 analysts, 2,000 predictions, 40 indicators, 500 linked events; ${RUNS} sequential requests after 3 warm-ups`);
    await measure("GET /api/v1/forecasts/:id/timeline", `${BASE}/api/v1/forecasts/${forecastId}/timeline`, { authorization: `Bearer ${token}` });
    await measure("GET /api/v1/forecasts/:id", `${BASE}/api/v1/forecasts/${forecastId}`, { authorization: `Bearer ${token}` });
    await measure("page /forecasts/:id (HTML)", `${BASE}/forecasts/${forecastId}`, { cookie });
    await concurrentWriters(forecastId, tokens, scenarioIds);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Run as its own process per engine: the engine (and so the tables) is chosen when modules load.
benchForecastPage(process.env.DATABASE_URL ? "PostgreSQL" : "SQLite (the default)").catch((error) => {
  console.error(error);
  process.exit(1);
});
