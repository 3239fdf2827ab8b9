/**
 * Issue 13's figures: calibration and scores over HTTP on a generated database of 100,000
 * forecasts, 1,000,000 predictions and 1,000 analysts (`demo:generate`; SCALE changes the number
 * of forecasts, ten predictions each), with the time the generation took, the same calibration
 * as one naive SQL query over the raw predictions for the ratio, and the app's memory. Run once per
 * engine by bench/index.ts; the engine comes from DATABASE_URL / DATABASE_PATH as in the app.
 */
import fs from "node:fs";
import { desc, sql } from "drizzle-orm";
import { closeDb, engine, getDb, prepareDatabase } from "@/db/client";
import { forecastScore, tagCount, teamMember } from "@/db/schema";
import { generateDemo } from "@/server/demo/generate-demo";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createToken } from "@/server/tokens/create-token";
import { createUser } from "@/server/users/create-user";
import { ensureBuilt, measure, signIn, startServer, stopServer, type Timing } from "./http";

const PORT = Number(process.env.BENCH_PORT ?? 3211);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 30;
const DAY = 86_400_000;
const credentials = { email: "bench-manager@bench.example", password: "bench-password-1" };

/** SPEC §5's calibration the naive way: each analyst's final prediction found among the raw ones, binned by decile, in one query. */
function naiveCalibrationSql() {
  const least = engine() === "pg" ? sql`least(f.closes_at, r.outcome_known_at)` : sql`min(f.closes_at, r.outcome_known_at)`;
  const notAnnulled = engine() === "pg" ? sql`r.annulled = false` : sql`r.annulled = 0`;
  return sql`
    with ends as (
      select f.id as forecast_id, ${least} as end_at, r.outcome_scenario_id
      from forecast f join resolution r on r.forecast_id = f.id where ${notAnnulled}
    ), finals as (
      select p.id, p.forecast_id, row_number() over (partition by p.forecast_id, p.analyst_id order by p.created_at desc, p.id desc) as rn
      from prediction p join ends e on e.forecast_id = p.forecast_id where p.created_at <= e.end_at
    )
    select case when pp.tenths >= 1000 then 9 else pp.tenths / 100 end as bin, count(*) as n, avg(pp.tenths) / 10.0 as mean_forecast,
           avg(case when pp.scenario_id = e.outcome_scenario_id then 100.0 else 0 end) as observed
    from finals fi join prediction_probability pp on pp.prediction_id = fi.id join ends e on e.forecast_id = fi.forecast_id
    where fi.rn = 1 group by 1 order by 1`;
}

async function naive(runs: number): Promise<Timing> {
  const db = getDb();
  const run = () => (engine() === "pg" ? (db as unknown as { execute(q: unknown): Promise<unknown> }).execute(naiveCalibrationSql()) : db.all(naiveCalibrationSql()));
  await run();
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
  const timing = { p50: at(0.5), p95: at(0.95), max: timings.at(-1)!, bytes: 0 };
  console.log(`${"naive SQL over raw predictions (deciles)".padEnd(44)} p50 ${timing.p50.toFixed(1).padStart(6)} ms · p95 ${timing.p95.toFixed(1).padStart(6)} ms · ${runs} runs`);
  return timing;
}

async function seed(forecasts: number) {
  await prepareDatabase();
  const manager = await createUser(SYSTEM_ACTOR, { email: credentials.email, name: "Bench Manager", roles: ["manager", "reviewer", "analyst", "admin"], password: credentials.password }, Date.now());
  const { token } = await createToken(SYSTEM_ACTOR, manager.id, { name: "bench" }, Date.now());
  const started = performance.now();
  const scale = { forecasts, analysts: Math.min(1_000, Math.max(10, forecasts / 100)), predictions: forecasts * 10, events: forecasts / 5, seed: 20211010 };
  const result = await generateDemo(SYSTEM_ACTOR, scale, Date.now());
  console.log(`demo:generate: ${result.forecasts.toLocaleString("en-GB")} forecasts, ${result.predictions.toLocaleString("en-GB")} predictions, ${result.analysts} analysts in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const db = getDb();
  const busiest = (await db.select({ analystId: forecastScore.analystId, n: sql<number>`count(*)` }).from(forecastScore).groupBy(forecastScore.analystId).orderBy(desc(sql`count(*)`)).limit(1))[0];
  const team = (await db.select({ teamId: teamMember.teamId, n: sql<number>`count(*)` }).from(teamMember).groupBy(teamMember.teamId).orderBy(desc(sql`count(*)`)).limit(1))[0];
  const tag = (await db.select().from(tagCount).orderBy(desc(tagCount.forecasts)).limit(1))[0];
  const naiveTiming = await naive(5);
  await closeDb();
  return { token, analystId: busiest.analystId, teamId: team.teamId, teamSize: Number(team.n), tag: tag.tag, tagForecasts: tag.forecasts, naiveTiming };
}

/** Resident memory of the server's process tree, in MB (Linux). */
function serverMemoryMb(pid: number): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      const pgid = fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[2];
      if (Number(pgid) !== pid) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

async function main(): Promise<void> {
  const forecasts = Number(process.env.SCALE ?? 100_000);
  ensureBuilt();
  console.log(`-- ${engine() === "pg" ? "PostgreSQL" : "SQLite"}, ${forecasts.toLocaleString("en-GB")} forecasts`);
  const { token, analystId, teamId, teamSize, tag, tagForecasts, naiveTiming } = await seed(forecasts);
  const server = await startServer(PORT);
  try {
    const api = { authorization: `Bearer ${token}` };
    const cookie = await signIn(BASE, credentials);
    const get = (label: string, path: string, headers: Record<string, string> = api) => measure(label, `${BASE}${path}`, headers, RUNS);
    const month = (daysAgo: number, day: number) => {
      const d = new Date(Date.now() - daysAgo * DAY);
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), day)).toISOString().slice(0, 10);
    };
    const range = `from=${month(400, 12)}&to=${month(60, 20)}`;
    console.log(`(${RUNS} sequential requests after 3 warm-ups; analyst with most scores, team of ${teamSize}, tag "${tag}" on ${tagForecasts.toLocaleString("en-GB")} forecasts, ${range})`);
    const variants: [string, string][] = [
      ["everyone", ""],
      ["one analyst", `analystId=${analystId}`],
      ["one team", `teamId=${teamId}`],
      ["one tag", `tag=${encodeURIComponent(tag)}`],
      ["a date range", range],
    ];
    const timings: Timing[] = [];
    for (const [label, query] of variants) timings.push(await get(`calibration, ${label}`, `/api/v1/calibration?${query}`));
    timings.push(await get("calibration, bins=icd203", "/api/v1/calibration?bins=icd203"));
    for (const [label, query] of variants) timings.push(await get(`scores, ${label}`, `/api/v1/scores?${query}`));
    timings.push(await get("page /calibration (HTML)", "/calibration", { cookie }));
    timings.push(await get("page /calibration?bins=icd203&tag (HTML)", `/calibration?bins=icd203&tag=${encodeURIComponent(tag)}`, { cookie }));
    const worst = timings.reduce((a, b) => (b.p50 > a.p50 ? b : a));
    console.log(`slowest p50 ${worst.p50.toFixed(1)} ms; naive calibration p50 ${naiveTiming.p50.toFixed(0)} ms = ${(naiveTiming.p50 / timings[0].p50).toFixed(0)}× the API's (everyone)`);
    console.log(`app memory (resident, server process tree): ${serverMemoryMb(server.pid!).toFixed(0)} MB`);
  } finally {
    stopServer(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
