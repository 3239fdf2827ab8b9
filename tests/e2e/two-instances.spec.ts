import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import pg from "pg";
import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * SPEC §7: any number of app instances may share one PostgreSQL database. Two built instances on
 * one fresh database: a session, a prediction and a revoked token made through one are honoured
 * by the other at once, because nothing of them lives in a process.
 */
const serverUrl = process.env.SIGNPOST_TEST_PG_URL;
const root = process.cwd();
const password = "two-instances-password";

test.skip(!serverUrl, "needs SIGNPOST_TEST_PG_URL (npm test starts a throw-away PostgreSQL server)");

let env: NodeJS.ProcessEnv;
let databaseName = "";
const instances: ChildProcess[] = [];
const bases: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

function cli(...args: string[]): string {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "cli/index.ts", ...args], { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

async function startInstance(): Promise<string> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  instances.push(spawn(process.execPath, ["scripts/serve.mjs", String(port), "127.0.0.1"], { cwd: root, env: { ...env, BETTER_AUTH_URL: base }, stdio: "ignore" }));
  await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
  return base;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  databaseName = `signpost_instances_${Date.now()}`;
  await onServer(`create database ${databaseName}`);
  const url = new URL(serverUrl!);
  url.pathname = `/${databaseName}`;
  env = { ...process.env, DATABASE_URL: url.toString(), BETTER_AUTH_SECRET: "a-secret-every-instance-shares", DATABASE_PATH: "" };
  cli("db:migrate");
  cli("user:create", "--email", "ana@example.org", "--name", "Ana", "--role", "analyst", "--password", password);
  bases.push(await startInstance(), await startInstance());
});

test.afterAll(async () => {
  for (const instance of instances) instance.kill("SIGTERM");
  await onServer(`drop database if exists ${databaseName} with (force)`);
});

const forecastBody = {
  title: "Two instances agree",
  statement: "Both app instances read the same database.",
  resolutionCriteria: "Resolves Yes if they do.",
  closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
  probabilities: [80, 20],
};

async function json(request: APIRequestContext, method: "get" | "post", url: string, options: { token?: string; data?: unknown } = {}) {
  const response = await request[method](url, { data: options.data, headers: options.token ? { authorization: `Bearer ${options.token}` } : {} });
  return { status: response.status(), body: await response.json().catch(() => null) };
}

test("a sign-in on one instance is a valid session on the other", async ({ playwright }) => {
  const [first, second] = bases;
  const browserless = await playwright.request.newContext();
  const signIn = await browserless.post(`${first}/api/auth/sign-in/email`, { data: { email: "ana@example.org", password }, headers: { origin: first } });
  expect(signIn.status()).toBe(200);
  const cookies = (await browserless.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const onSecond = await fetch(`${second}/api/auth/get-session`, { headers: { cookie: cookies } });
  expect((await onSecond.json())?.user?.email).toBe("ana@example.org");
  const listed = await fetch(`${second}/api/v1/forecasts`, { headers: { cookie: cookies } });
  expect(listed.status).toBe(200);
  await browserless.dispose();
});

test("a prediction made on one is read on the other at once; a token revoked is refused by both", async ({ request }) => {
  const [first, second] = bases;
  const token = cli("token:create", "--email", "ana@example.org").split("\n").at(-1)!;
  const created = await json(request, "post", `${first}/api/v1/forecasts`, { token, data: forecastBody });
  expect(created.status).toBe(201);
  const [yes, no] = created.body.scenarios.map((s: { id: string }) => s.id);
  const predicted = await json(request, "post", `${first}/api/v1/forecasts/${created.body.id}/predictions`, { token, data: { probabilities: { [yes]: 65, [no]: 35 } } });
  expect(predicted.status).toBe(201);

  const read = await json(request, "get", `${second}/api/v1/forecasts/${created.body.id}`, { token });
  expect(read.status).toBe(200);
  expect(read.body.predictions.map((p: { id: string }) => p.id)).toContain(predicted.body.id);

  cli("token:revoke", "--token", token);
  for (const base of bases) expect((await json(request, "get", `${base}/api/v1/forecasts`, { token })).status).toBe(401);
});

test("a resolution through one instance changes the calibration and scores the other serves at once (no cache)", async ({ request }) => {
  const [first, second] = bases;
  cli("user:create", "--email", "rex@example.org", "--name", "Rex", "--role", "reviewer,manager", "--password", password);
  const ana = cli("token:create", "--email", "ana@example.org").split("\n").at(-1)!;
  const rex = cli("token:create", "--email", "rex@example.org").split("\n").at(-1)!;
  const created = await json(request, "post", `${first}/api/v1/forecasts`, { token: ana, data: { ...forecastBody, title: "Calibration agrees on both", tags: ["instances"] } });
  expect(created.status).toBe(201);
  const [yes] = created.body.scenarios.map((s: { id: string }) => s.id);
  const before = await json(request, "get", `${second}/api/v1/calibration?tag=instances`, { token: rex });
  expect(before.body.n).toBe(0);
  const resolved = await json(request, "post", `${first}/api/v1/forecasts/${created.body.id}/resolution`, { token: rex, data: { outcomeScenarioId: yes, outcomeKnownAt: new Date().toISOString(), rationale: "Seen on both." } });
  expect(resolved.status).toBe(201);
  // Ana's 80/20, Yes happened: two statements, one in [80, 90] and one in [20, 30).
  const after = await json(request, "get", `${second}/api/v1/calibration?tag=instances`, { token: rex });
  expect(after.body.n).toBe(2);
  expect(after.body.bins[8]).toMatchObject({ n: 1, observedFrequency: 100 });
  const scores = await json(request, "get", `${second}/api/v1/scores?tag=instances`, { token: rex });
  expect(scores.body.analysts).toHaveLength(1);
  expect(scores.body.analysts[0].meanFinalBrier).toBeCloseTo(0.04, 12);
});
