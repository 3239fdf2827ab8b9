import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import { dumpDatabase } from "@/tests/support/database-dump";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { ACTION_RULES, ROUTE_RULES, type World, type Who } from "@/tests/support/access-rules";
import { useTempDatabase } from "@/tests/support/temp-db";
import { addIndicator } from "@/server/evidence/add-indicator";
import { recordEvent } from "@/server/evidence/record-event";
import { createForecast } from "@/server/forecasts/create-forecast";
import { addComment } from "@/server/comments/add-comment";
import { createTeam } from "@/server/teams/manage-teams";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createToken } from "@/server/tokens/create-token";
import { createUser } from "@/server/users/create-user";
import { POST as authRoute } from "@/app/api/auth/[...all]/route";
import { revokeToken } from "@/server/tokens/revoke-token";

/**
 * SPEC §1 and §6 as a table: every API route and server action × {no credentials, a tampered
 * token, a revoked token, each role alone} gets the answer its rule in tests/support/access-rules.ts
 * promises, and a refused request changes nothing. The routes and actions are read from the files,
 * so a new one without a rule fails here.
 */

// Server actions read the request through next/headers; here it is the request the test makes.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

useTempDatabase();

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const root = path.resolve(import.meta.dirname, "..");

function filesUnder(dir: string, name: (file: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, name) : name(entry.name) ? [full] : [];
  });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function discoverRoutes(): Promise<{ key: string; handler: Handler }[]> {
  const routes = [];
  for (const file of filesUnder(path.join(root, "app", "api"), (name) => name === "route.ts")) {
    const routePath = `/${path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/")}`;
    const module = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof module[method] === "function") routes.push({ key: `${method} ${routePath}`, handler: module[method] as Handler });
  }
  return routes;
}

async function discoverActions(): Promise<{ key: string; action: (...args: unknown[]) => Promise<unknown> }[]> {
  const actions = [];
  for (const file of filesUnder(path.join(root, "app", "_actions"), (name) => name.endsWith(".ts") && !name.includes(".test."))) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (typeof value === "function") actions.push({ key: `${path.basename(file)}#${name}`, action: value as (...args: unknown[]) => Promise<unknown> });
  }
  return actions;
}

/** `cookie`: a browser session of the same person, for the server actions. */
type Caller = { label: string; token: string | null; cookie: string | null; role: Role | null };

/** A signed-in browser session of a new person holding only `role`, through better-auth's sign-in endpoint. */
async function sessionCookie(role: Role): Promise<string> {
  const email = `session-${role}@example.org`;
  const password = "session-password-1";
  await createUser(SYSTEM_ACTOR, { email, name: `Session ${role}`, roles: [role], password }, Date.now());
  const response = await authRoute(
    new Request("http://signpost.test/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json", origin: "http://signpost.test", "x-signpost-peer": "192.0.2.2" }, body: JSON.stringify({ email, password }) }),
  );
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

let world: World;
const personas = {} as Record<Role, Persona>;
let callers: Caller[];

beforeAll(async () => {
  for (const role of ROLES) personas[role] = await persona(`Only-${role}`, role);
  const now = Date.now();
  const forecast = await createForecast(personas.analyst.actor, forecastInput(), now);
  const indicator = await addIndicator(personas.analyst.actor, forecast.id, { scenarioId: forecast.scenarios[0].id, description: "Matrix", direction: "for", likelihoodRatio: 3 }, now);
  const event = await recordEvent(personas.analyst.actor, { occurredAt: new Date(now - 1000).toISOString(), title: "Matrix event" }, now);
  const team = await createTeam(SYSTEM_ACTOR, { name: "Matrix team" }, now);
  const adminToken = await createToken(personas.admin.actor, { name: "to revoke" }, now);
  const comment = await addComment(personas.analyst.actor, forecast.id, { body: "Matrix comment" }, now);
  world = {
    forecastId: forecast.id,
    scenarioIds: forecast.scenarios.map((s) => s.id),
    indicatorId: indicator.id,
    eventId: event.id,
    teamId: team.id,
    analystId: personas.analyst.actor.id,
    reviewerId: personas.reviewer.actor.id,
    tokenId: adminToken.id,
    commentId: comment.id,
  };
  // A revoked token of someone holding every role: refused whatever it asks.
  const everything = await persona("Everything", ...ROLES);
  const revoked = await createToken(everything.actor, { name: "revoked" }, now);
  await revokeToken(everything.actor, { tokenId: revoked.id }, now);
  const tampered = `${personas.admin.token.slice(0, -4)}${personas.admin.token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
  const cookies = {} as Record<Role, string>;
  for (const role of ROLES) cookies[role] = await sessionCookie(role);
  callers = [
    { label: "no credentials", token: null, cookie: null, role: null },
    { label: "a tampered token", token: tampered, cookie: "better-auth.session_token=tampered.value", role: null },
    { label: "a revoked token", token: revoked.token, cookie: null, role: null },
    ...ROLES.map((role) => ({ label: `${role} alone`, token: personas[role].token, cookie: cookies[role], role })),
  ];
});

function allows(who: Who, role: Role | null): boolean {
  if (who === "public") return true;
  if (role === null) return false;
  return who === "any role" || who.includes(role);
}

function requestFor(key: string, token: string | null): { request: Request; params: Record<string, string> } {
  const rule = ROUTE_RULES[key];
  const [method, routePath] = key.split(" ");
  const params = rule.params?.(world) ?? {};
  const url = new URL(`http://signpost.test${routePath.replace(/\[(\.\.\.)?(\w+)\]/g, (_, rest, name) => (rest ? "get-session" : params[name]))}`);
  for (const [name, value] of Object.entries(rule.query?.(world) ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = { "content-type": "application/json", origin: "http://signpost.test", "x-signpost-peer": "192.0.2.1" };
  if (token) headers.authorization = `Bearer ${token}`;
  const body = method === "GET" ? undefined : JSON.stringify(rule.body?.(world) ?? {});
  return { request: new Request(url, { method, headers, body }), params };
}

describe("the route × role matrix", () => {
  test("every API route and server action has a rule, and every rule a route or action", async () => {
    const routes = (await discoverRoutes()).map((r) => r.key).sort();
    const actions = (await discoverActions()).map((a) => a.key).sort();
    expect(routes.filter((key) => !(key in ROUTE_RULES)), "routes without a rule in tests/support/access-rules.ts").toEqual([]);
    expect(Object.keys(ROUTE_RULES).filter((key) => !routes.includes(key)), "rules for routes that do not exist").toEqual([]);
    expect(actions.filter((key) => !(key in ACTION_RULES)), "server actions without a rule in tests/support/access-rules.ts").toEqual([]);
    expect(Object.keys(ACTION_RULES).filter((key) => !actions.includes(key)), "rules for actions that do not exist").toEqual([]);
  });

  test("each route answers each caller as SPEC §1 and §6 say, and a refusal changes nothing", async () => {
    const mismatches: string[] = [];
    for (const { key, handler } of await discoverRoutes()) {
      const rule = ROUTE_RULES[key];
      if (!rule) continue;
      for (const caller of callers) {
        const before = await dumpDatabase();
        const { request: req, params } = requestFor(key, caller.token);
        const response = await handler(req, { params: Promise.resolve(params) });
        const status = response.status;
        const body = await response.text();
        const allowed = allows(rule.who, caller.role);
        const expected = allowed ? "neither 401, 403 nor 5xx" : caller.role === null ? 401 : 403;
        const ok = allowed ? status !== 401 && status !== 403 && status < 500 : status === expected;
        if (!ok) mismatches.push(`${key} with ${caller.label}: ${status} (expected ${expected}) ${body.slice(0, 160)}`);
        if (!allowed) {
          expect(JSON.parse(body), `${key} with ${caller.label}`).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
          const after = await dumpDatabase();
          if (JSON.stringify(after) !== JSON.stringify(before)) mismatches.push(`${key} with ${caller.label}: refused, yet the database changed`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  test("the role callers' browser sessions are real sessions, so an action that refuses them refuses the role", async () => {
    const { confirmSignIn } = await import("./_actions/confirm-sign-in");
    for (const caller of callers.filter((c) => c.role !== null)) {
      request.headers = new Headers({ origin: "http://signpost.test", host: "signpost.test", cookie: caller.cookie! });
      expect(await confirmSignIn(), caller.label).toEqual({ signedIn: true });
    }
  });

  test("each server action refuses callers without the right, and a refusal changes nothing", async () => {
    const mismatches: string[] = [];
    for (const { key, action } of await discoverActions()) {
      const rule = ACTION_RULES[key];
      if (!rule || rule.who === "public") continue;
      for (const caller of callers) {
        if (allows(rule.who, caller.role)) continue;
        // Actions run on the browser session.
        request.headers = new Headers({ origin: "http://signpost.test", host: "signpost.test", ...(caller.cookie ? { cookie: caller.cookie } : {}) });
        const before = await dumpDatabase();
        const result = (await action(...rule.args(world)).catch((error: unknown) => ({ thrown: String(error) }))) as { ok?: boolean };
        if (result?.ok !== false) mismatches.push(`${key} with ${caller.label}: ${JSON.stringify(result).slice(0, 160)}`);
        const after = await dumpDatabase();
        if (JSON.stringify(after) !== JSON.stringify(before)) mismatches.push(`${key} with ${caller.label}: refused, yet the database changed`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
