/**
 * Issue 11's figures: the routes that grew with the data, measured over HTTP on a generated
 * database (`demo:generate`) of SCALE forecasts, ten predictions per forecast, a thousand
 * analysts (fewer below 100,000) and one event per five forecasts. Run once per scale and engine
 * by bench/index.ts; the engine comes from DATABASE_URL / DATABASE_PATH as in the app.
 */
import { asc, desc } from "drizzle-orm";
import { closeDb, getDb, prepareDatabase } from "@/db/client";
import { tagCount } from "@/db/schema";
import { generateDemo } from "@/server/demo/generate-demo";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createToken } from "@/server/tokens/create-token";
import { createUser } from "@/server/users/create-user";
import { ensureBuilt, measure, signIn, startServer, stopServer } from "./http";

const PORT = 3198;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 20;
const credentials = { email: "bench-admin@bench.example", password: "bench-password-1" };

async function seed(forecasts: number) {
  await prepareDatabase();
  const admin = await createUser(SYSTEM_ACTOR, { email: credentials.email, name: "Bench Admin", roles: ["admin", "analyst", "reviewer", "manager"], password: credentials.password }, Date.now());
  const { token } = await createToken(SYSTEM_ACTOR, { name: "bench", ownerId: admin.id }, Date.now());
  const started = performance.now();
  const scale = { forecasts, analysts: Math.min(1_000, Math.max(10, forecasts / 100)), predictions: forecasts * 10, events: forecasts / 5, seed: 20211010 };
  const result = await generateDemo(SYSTEM_ACTOR, scale, Date.now());
  const seconds = (performance.now() - started) / 1000;
  console.log(`Generated ${result.forecasts.toLocaleString("en-GB")} forecasts, ${result.predictions.toLocaleString("en-GB")} predictions, ${result.analysts} analysts, ${result.events.toLocaleString("en-GB")} events in ${seconds.toFixed(0)} s`);
  const rarest = (await getDb().select().from(tagCount).orderBy(asc(tagCount.forecasts), asc(tagCount.tag)).limit(1))[0];
  const commonest = (await getDb().select().from(tagCount).orderBy(desc(tagCount.forecasts), asc(tagCount.tag)).limit(1))[0];
  await closeDb();
  return { token, busyForecastId: result.busyForecastId!, rarest, commonest };
}

async function main(): Promise<void> {
  const forecasts = Number(process.env.SCALE ?? 100_000);
  const engineLabel = process.env.DATABASE_URL ? "PostgreSQL" : "SQLite";
  ensureBuilt();
  console.log(`-- ${engineLabel}, ${forecasts.toLocaleString("en-GB")} forecasts`);
  const { token, busyForecastId, rarest, commonest } = await seed(forecasts);
  const server = await startServer(PORT);
  try {
    const cookie = await signIn(BASE, credentials);
    const api = { authorization: `Bearer ${token}` };
    const page = { cookie };
    const get = (label: string, path: string, headers: Record<string, string>) => measure(label, `${BASE}${path}`, headers, RUNS);
    console.log(`(${RUNS} sequential requests after 3 warm-ups; rarest tag "${rarest.tag}" on ${rarest.forecasts}, commonest "${commonest.tag}" on ${commonest.forecasts.toLocaleString("en-GB")})`);
    await get("API forecasts, first page of 50", "/api/v1/forecasts?limit=50", api);
    await get("API search, no hits (q=zzyzx)", "/api/v1/forecasts?q=zzyzx", api);
    await get("API search, 'erbil drone'", `/api/v1/forecasts?q=${encodeURIComponent("erbil drone")}`, api);
    await get("page /forecasts", "/forecasts", page);
    await get("page /forecasts, rarest tag", `/forecasts?tag=${encodeURIComponent(rarest.tag)}`, page);
    await get("API forecasts, rarest tag", `/api/v1/forecasts?tag=${encodeURIComponent(rarest.tag)}`, api);
    await get("API forecasts, commonest tag", `/api/v1/forecasts?tag=${encodeURIComponent(commonest.tag)}`, api);
    for (const status of ["closed", "resolved", "annulled"]) await get(`API forecasts, status=${status}`, `/api/v1/forecasts?status=${status}`, api);
    await get("page /events", "/events", page);
    const older = (await (await fetch(`${BASE}/api/v1/events?limit=200`, { headers: api })).json()) as { nextCursor: string };
    await get("page /events, an older page (cursor)", `/events?cursor=${older.nextCursor}`, page);
    await get("API events, reliability B or better", "/api/v1/events?reliability=B", api);
    await get("API busy forecast, every prediction", `/api/v1/forecasts/${busyForecastId}`, api);
    await get("API busy forecast, predictionsLimit=50", `/api/v1/forecasts/${busyForecastId}?predictionsLimit=50`, api);
    await get("API busy timeline, a point per day", `/api/v1/forecasts/${busyForecastId}/timeline`, api);
    await get("API busy timeline, format=compact", `/api/v1/forecasts/${busyForecastId}/timeline?format=compact`, api);
    await get("page /forecasts/:busy", `/forecasts/${busyForecastId}`, page);
  } finally {
    stopServer(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
