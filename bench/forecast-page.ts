/**
 * Issue 3's target: the forecast page and the timeline route of a busy forecast answer in under
 * 300 ms; issue 10's: the same on PostgreSQL, and 16 concurrent writers × 50 predictions on one
 * forecast. Seeds a fresh database, serves the built app on it and measures over HTTP.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, prepareDatabase } from "@/db/client";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createToken } from "@/server/tokens/create-token";
import { ensureBuilt, measure, signIn, startServer, stopServer } from "./http";
import { seedBusyForecast } from "./seed-busy-forecast";

const PORT = 3199;
const BASE = `http://127.0.0.1:${PORT}`;
const credentials = { email: "bench@bench.example", password: "bench-password-1" };

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
  for (const analystId of analystIds.slice(0, WRITERS)) tokens.push((await createToken(SYSTEM_ACTOR, { name: "bench", ownerId: analystId }, Date.now())).token);
  await closeDb();
  return { forecastId, scenarioIds, tokens };
}

async function benchForecastPage(engineLabel: string): Promise<void> {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-bench-"));
  process.env.DATABASE_PATH = path.join(dir, "bench.db");
  const { forecastId, scenarioIds, tokens } = await seed();
  const server = await startServer(PORT);
  try {
    const cookie = await signIn(BASE, credentials);
    const token = tokens[0];
    console.log(`${engineLabel}. Busy forecast: 50 analysts, 2,000 predictions, 40 indicators, 500 linked events; 30 sequential requests after 3 warm-ups`);
    await measure("GET /api/v1/forecasts/:id/timeline", `${BASE}/api/v1/forecasts/${forecastId}/timeline`, { authorization: `Bearer ${token}` });
    await measure("GET /api/v1/forecasts/:id", `${BASE}/api/v1/forecasts/${forecastId}`, { authorization: `Bearer ${token}` });
    await measure("page /forecasts/:id (HTML)", `${BASE}/forecasts/${forecastId}`, { cookie });
    await concurrentWriters(forecastId, tokens, scenarioIds);
  } finally {
    stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Run as its own process per engine: the engine (and so the tables) is chosen when modules load.
benchForecastPage(process.env.DATABASE_URL ? "PostgreSQL" : "SQLite (the default)").catch((error) => {
  console.error(error);
  process.exit(1);
});
