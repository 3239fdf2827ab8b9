// `npm run test:durability` (after `next build`): the real server (scripts/serve.mjs) on each engine.
//  - 4 writers post predictions; the process group is killed with SIGKILL mid-stream; after a
//    restart on the same database every acknowledged prediction is there exactly once, and SQLite's
//    PRAGMA integrity_check says ok;
//  - 16 writers × 50 predictions in parallel: all 201, and exactly that many stored;
//  - SIGTERM while a long request is in flight: it finishes (201), the process exits 0 and closes
//    the database cleanly (SQLite: no WAL left behind);
//  - the request log: one JSON line per request (method, path, status, ms, userId, requestId), and
//    none of the secrets the run used (passwords, tokens, cookies, request bodies) anywhere in it.
// PostgreSQL: SIGNPOST_TEST_PG_URL's server, else a throw-away cluster (scripts/pg-cluster.mjs).
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import { postgresInstalled, startCluster } from "../../scripts/pg-cluster.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const WRITERS = 16;

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** A database of its own for one engine: env for the server and the seed, and a way to read it directly. */
async function sqliteDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-durability-"));
  const file = path.join(dir, "durable.db");
  return {
    name: "SQLite",
    env: { DATABASE_URL: "", DATABASE_PATH: file },
    file,
    async cleanUp() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let cluster = null;
async function pgDatabase() {
  let server = process.env.SIGNPOST_TEST_PG_URL;
  if (!server) {
    if (!postgresInstalled()) return null;
    cluster ??= await startCluster();
    server = cluster.url;
  }
  const name = `signpost_durable_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    name: "PostgreSQL",
    env: { DATABASE_URL: url.toString(), DATABASE_PATH: "", BETTER_AUTH_SECRET: "durability-test-secret" },
    file: null,
    async cleanUp() {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
after(() => cluster?.stop());

function seed(database, writers) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "tests/durability/seed.ts", String(writers)], { cwd: root, env: { ...process.env, ...database.env }, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}

/** The server in a process group of its own, its output appended to `logFile`. */
async function startServer(database, port, logFile) {
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, ["scripts/serve.mjs", String(port), "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, ...database.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the server did not start: ${fs.readFileSync(logFile, "utf8").slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, exited, base: `http://127.0.0.1:${port}` };
}

async function api(base, token, method, route, body) {
  const response = await fetch(`${base}${route}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function newForecast(base, author) {
  const created = await api(base, author.token, "POST", "/api/v1/forecasts", {
    title: "Durable forecast",
    statement: "Predictions survive a crash.",
    resolutionCriteria: "Every acknowledged one is stored once.",
    closesAt: "2099-12-31",
    scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
    probabilities: [50, 50],
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return { id: created.body.id, yes: created.body.scenarios[0].id, no: created.body.scenarios[1].id };
}

const prediction = (forecast, i, rationale) => ({ probabilities: { [forecast.yes]: 10 + (i % 80), [forecast.no]: 90 - (i % 80) }, rationale });

async function storedPredictionIds(base, token, forecastId) {
  const detail = await api(base, token, "GET", `/api/v1/forecasts/${forecastId}`);
  assert.equal(detail.status, 200);
  return detail.body.predictions.map((p) => p.id);
}

function integrityOk(file) {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma("integrity_check", { simple: true });
  } finally {
    db.close();
  }
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

for (const makeDatabase of [sqliteDatabase, pgDatabase]) {
  describe(`durability (${makeDatabase === sqliteDatabase ? "SQLite" : "PostgreSQL"})`, { timeout: 600_000 }, async () => {
    const database = await makeDatabase();
    if (!database) {
      test("PostgreSQL is not installed", { skip: true }, () => {});
      return;
    }
    const people = seed(database, WRITERS);
    const port = await freePort();
    const logFile = path.join(os.tmpdir(), `signpost-durability-${Date.now()}-${database.name}.log`);
    const secrets = [...new Set([people.admin.password, people.admin.token, ...people.analysts.map((a) => a.token)])];
    const bodyMarker = `rationale-that-must-not-be-logged-${Math.random().toString(36).slice(2)}`;
    after(async () => {
      await database.cleanUp();
      fs.rmSync(logFile, { force: true });
    });

    test("SIGKILL mid-stream loses no acknowledged prediction, and stores none twice", async (t) => {
      let server = await startServer(database, port, logFile);
      const forecast = await newForecast(server.base, people.admin);
      const acknowledged = [];
      let stop = false;
      const writer = async (analyst) => {
        for (let i = 0; !stop; i += 1) {
          try {
            const answer = await api(server.base, analyst.token, "POST", `/api/v1/forecasts/${forecast.id}/predictions`, prediction(forecast, i, bodyMarker));
            if (answer.status === 201) acknowledged.push(answer.body.id);
            else assert.fail(`a writer got ${answer.status}: ${JSON.stringify(answer.body)}`);
          } catch (error) {
            if (!stop) throw error;
          }
        }
      };
      const writers = people.analysts.slice(0, 4).map(writer);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      stop = true;
      killGroup(server.child, "SIGKILL");
      await Promise.allSettled(writers);
      assert.ok((await server.exited).signal === "SIGKILL");
      assert.ok(acknowledged.length > 20, `only ${acknowledged.length} predictions were acknowledged before the kill`);

      server = await startServer(database, port, logFile);
      const stored = await storedPredictionIds(server.base, people.admin.token, forecast.id);
      for (const id of acknowledged) assert.equal(stored.filter((s) => s === id).length, 1, `acknowledged prediction ${id} is stored ${stored.filter((s) => s === id).length} times`);
      assert.equal(new Set(stored).size, stored.length, "a prediction is stored twice");
      t.diagnostic(`${acknowledged.length} predictions acknowledged before SIGKILL; ${stored.length} stored after the restart (the author's first and any answered but unread ones included)`);
      killGroup(server.child, "SIGTERM");
      assert.equal((await server.exited).code, 0);
      if (database.file) assert.equal(integrityOk(database.file), "ok");
    });

    test(`${WRITERS} writers × 50 predictions in parallel: all 201, exactly that many stored`, async () => {
      const server = await startServer(database, port, logFile);
      const forecast = await newForecast(server.base, people.admin);
      const statuses = await Promise.all(
        people.analysts.map(async (analyst) => {
          const mine = [];
          for (let i = 0; i < 50; i += 1) mine.push((await api(server.base, analyst.token, "POST", `/api/v1/forecasts/${forecast.id}/predictions`, prediction(forecast, i, bodyMarker))).status);
          return mine;
        }),
      );
      assert.deepEqual(statuses.flat().filter((s) => s !== 201), []);
      const stored = await storedPredictionIds(server.base, people.admin.token, forecast.id);
      assert.equal(stored.length, WRITERS * 50 + 1); // and the author's first one
      killGroup(server.child, "SIGTERM");
      assert.equal((await server.exited).code, 0);
    });

    test("SIGTERM lets a request in flight finish, then closes the database cleanly", async (t) => {
      const server = await startServer(database, port, logFile);
      const forecasts = Array.from({ length: 1200 }, (_, i) => ({
        title: `Imported ${i}`,
        statement: "From the archive.",
        resolutionCriteria: "As stated.",
        closesAt: "2020-12-31",
        createdAt: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
        author: people.admin.email,
        scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
        predictions: Array.from({ length: 10 }, (_, j) => ({ analyst: people.admin.email, createdAt: new Date(Date.UTC(2020, 0, 2) + i * 60_000 + j * 3_600_000).toISOString(), probabilities: [40 + j, 60 - j] })),
      }));
      const started = performance.now();
      const importing = api(server.base, people.admin.token, "POST", "/api/v1/import", { forecasts });
      await new Promise((resolve) => setTimeout(resolve, 300));
      killGroup(server.child, "SIGTERM");
      const answer = await importing;
      assert.equal(answer.status, 201, JSON.stringify(answer.body).slice(0, 500));
      assert.equal(answer.body.imported.forecasts, 1200);
      assert.ok(performance.now() - started > 300, "the import finished before SIGTERM: make it larger");
      t.diagnostic(`the import in flight took ${Math.round(performance.now() - started)} ms and was answered 201 after SIGTERM at 300 ms`);
      assert.equal((await server.exited).code, 0);
      const log = fs.readFileSync(logFile, "utf8");
      assert.match(log, /database closed; stopped/);
      if (database.file) {
        const wal = `${database.file}-wal`;
        assert.ok(!fs.existsSync(wal) || fs.statSync(wal).size === 0, "SQLite's WAL was left behind: the database was not closed");
        assert.equal(integrityOk(database.file), "ok");
      }
    });

    test("one JSON line per request, and none of the run's secrets in the log", async (t) => {
      const server = await startServer(database, port, logFile);
      // A browser-like session too, so that a cookie is among the secrets.
      const signIn = await fetch(`${server.base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: server.base }, body: JSON.stringify({ email: people.admin.email, password: people.admin.password }) });
      assert.equal(signIn.status, 200);
      const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const cookieValues = cookie.split("; ").map((pair) => decodeURIComponent(pair.split("=").slice(1).join("=")));
      const page = await fetch(`${server.base}/forecasts`, { headers: { cookie } });
      assert.equal(page.status, 200);
      const refused = await fetch(`${server.base}/api/v1/forecasts?limit=1`, { headers: { authorization: "Bearer sp_not-a-real-token-but-secret" } });
      assert.equal(refused.status, 401);
      killGroup(server.child, "SIGTERM");
      await server.exited;

      const log = fs.readFileSync(logFile, "utf8");
      const lines = log.split("\n").filter((line) => line.startsWith("{"));
      const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.requestId);
      assert.ok(requests.length > WRITERS * 50, `only ${requests.length} request lines`);
      for (const entry of requests) {
        assert.deepEqual(Object.keys(entry).sort(), ["at", "method", "ms", "path", "requestId", "status", "userId"]);
        assert.equal(typeof entry.ms, "number");
      }
      const predictionLines = requests.filter((e) => e.method === "POST" && e.path.endsWith("/predictions") && e.status === 201);
      assert.ok(predictionLines.every((e) => people.analysts.some((a) => a.id === e.userId)), "a prediction's line does not name its user");
      assert.ok(requests.some((e) => e.path === "/forecasts" && e.userId === people.admin.id), "a page request does not name its user");
      t.diagnostic(`${requests.length} request lines checked; e.g. ${lines.find((l) => l.includes("/predictions"))}`);
      for (const secret of [...secrets, ...cookieValues, "sp_not-a-real-token-but-secret", bodyMarker]) {
        assert.ok(secret.length >= 8);
        assert.ok(!log.includes(secret), `the log contains a secret: ${secret.slice(0, 6)}…`);
      }
    });
  });
}
