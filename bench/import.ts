/**
 * Issue 12's import figures, over HTTP against the built app on the database named by the
 * environment (a temp SQLite file, or PostgreSQL with DATABASE_URL), as bench/index.ts runs it:
 * - POST /api/v1/import of a seeded synthetic track record made in memory (10,000 forecasts,
 *   200,000 predictions, most resolved; IMPORT_FORECASTS to change), while a reader polls
 *   /api/health every 20 ms: the import's time and the reader's longest stall (with
 *   BENCH_LOOP_MONITOR=1, also the server's longest event-loop hold, see `longestServerGap`);
 * - the ForecastBench file (../shared/data/forecastbench), when present;
 * - GET /api/v1/scores at that size.
 * Prints figures; asserts nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, prepareDatabase } from "@/db/client";
import { syntheticTrackRecord } from "@/lib/demo/synthetic-track-record";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createToken } from "@/server/tokens/create-token";
import { createUser } from "@/server/users/create-user";
import { ensureBuilt, measure, root, startServer, stopServer } from "./http";

const PORT = Number(process.env.BENCH_PORT ?? 3196);
const BASE = `http://127.0.0.1:${PORT}`;
const FORECASTS = Number(process.env.IMPORT_FORECASTS ?? 10_000);
const PREDICTIONS = FORECASTS * 20;
const POLL_MS = 20;
const FORECASTBENCH = path.resolve(root, "../shared/data/forecastbench/forecastbench-2024-07-21-superforecasters.json");

async function tokenFor(email: string, name: string, roles: string[]): Promise<string> {
  const created = await createUser(SYSTEM_ACTOR, { email, name, roles }, Date.now());
  return (await createToken(SYSTEM_ACTOR, { name: "bench", ownerId: created.id }, Date.now())).token;
}

/** Polls /api/health every POLL_MS until stopped; each poll's time from request to answer. */
function pollHealth(): { stop: () => Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${BASE}/api/health`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}

/**
 * With BENCH_LOOP_MONITOR=1 the server runs with `bench/loop-monitor.cjs`, which notes every time
 * its event loop was held over 20 ms: the longest such gap during an import, and its CPU time,
 * tells the app's own blocking apart from a busy machine's scheduling (which also delays the poller).
 */
const monitorDir = process.env.BENCH_LOOP_MONITOR === "1" ? fs.mkdtempSync(path.join(os.tmpdir(), "signpost-loop-")) : null;

function longestServerGap(from: number, to: number): string {
  if (!monitorDir) return "";
  const gaps = fs
    .readdirSync(monitorDir)
    .flatMap((file) => fs.readFileSync(path.join(monitorDir, file), "utf8").trim().split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as { at: number; ms: number; cpuMs: number })
    .filter((gap) => gap.at >= from && gap.at - gap.ms <= to)
    .sort((a, b) => b.ms - a.ms);
  const cpuBound = gaps.filter((gap) => gap.cpuMs >= gap.ms / 2);
  const describe = (gap?: { ms: number; cpuMs: number }) => (gap ? `${gap.ms} ms (CPU ${gap.cpuMs} ms)` : "none over 20 ms");
  return `\n  server's event loop meanwhile: longest hold ${describe(gaps[0])}; longest mostly on CPU ${describe(cpuBound[0])}`;
}

async function timedImport(label: string, token: string, text: string): Promise<void> {
  const poller = pollHealth();
  const startedAt = Date.now();
  const started = performance.now();
  const response = await fetch(`${BASE}/api/v1/import`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: text });
  const answer = (await response.json()) as { imported?: Record<string, number>; error?: unknown };
  const seconds = (performance.now() - started) / 1000;
  const latencies = (await poller.stop()).sort((a, b) => a - b);
  if (response.status !== 201) throw new Error(`${label}: HTTP ${response.status} ${JSON.stringify(answer).slice(0, 500)}`);
  const { forecasts, predictions, resolutions } = answer.imported!;
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  console.log(`${label}: ${forecasts.toLocaleString("en-GB")} forecasts, ${predictions.toLocaleString("en-GB")} predictions, ${resolutions.toLocaleString("en-GB")} resolutions (${(text.length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s`);
  console.log(`  reader polling /api/health every ${POLL_MS} ms meanwhile: ${latencies.length} answers, longest ${at(1).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, p50 ${at(0.5).toFixed(0)} ms${longestServerGap(startedAt, Date.now())}`);
}

async function main(): Promise<void> {
  const engineLabel = process.env.DATABASE_URL ? "PostgreSQL" : "SQLite";
  ensureBuilt();
  await prepareDatabase();
  const admin = await tokenFor("bench-importer@bench.example", "Bench Importer", ["admin"]);
  const reviewer = await tokenFor("bench-reviewer@bench.example", "Bench Reviewer", ["reviewer"]);
  await closeDb();

  const generated = performance.now();
  const analysts = Array.from({ length: 300 }, (_, i) => `analyst-${i + 1}@import.bench.example`);
  const text = JSON.stringify(syntheticTrackRecord({ forecasts: FORECASTS, predictions: PREDICTIONS, analysts, resolvedShare: 0.9, seed: 20240721, now: Date.now() }));
  console.log(`-- ${engineLabel}: synthetic track record made in memory in ${((performance.now() - generated) / 1000).toFixed(1)} s`);

  if (monitorDir) {
    process.env.BENCH_LOOP_MONITOR_DIR = monitorDir;
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(root, "bench", "loop-monitor.cjs")}`.trim();
  }
  const server = await startServer(PORT);
  try {
    await timedImport("POST /api/v1/import, synthetic", admin, text);
    if (fs.existsSync(FORECASTBENCH)) await timedImport("POST /api/v1/import, ForecastBench", admin, fs.readFileSync(FORECASTBENCH, "utf8"));
    else console.log(`ForecastBench: skipped, ${FORECASTBENCH} is absent`);
    const api = { authorization: `Bearer ${reviewer}` };
    await measure("GET /api/v1/scores (every row)", `${BASE}/api/v1/scores`, api, 10);
    await measure("GET /api/v1/scores?tag=… (a common tag)", `${BASE}/api/v1/scores?tag=erbil-airport`, api, 10);
    const { analysts: rows } = (await (await fetch(`${BASE}/api/v1/scores?tag=erbil-airport`, { headers: api })).json()) as { analysts: { analystId: string }[] };
    if (rows[0]) await measure("GET /api/v1/scores?analystId=… (one analyst)", `${BASE}/api/v1/scores?analystId=${rows[0].analystId}`, api, 20);
  } finally {
    stopServer(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
