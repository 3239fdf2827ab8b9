import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { ROLES } from "@/lib/auth/roles";
import { dumpDatabase } from "@/tests/support/database-dump";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { createForecast } from "@/server/forecasts/create-forecast";

/**
 * Hostile input, generated: at least 2,000 requests across every POST route and every GET route's
 * query string, sent as someone holding every role (so they reach the parsing, not just the rights
 * check). Whatever arrives, the answer is never a 5xx, a refusal is SPEC §6's error shape and
 * stores nothing, and the server still answers afterwards.
 */

useTempDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Route {
  path: string;
  method: "GET" | "POST";
  handler: Handler;
  params: string[];
}

const root = path.resolve(import.meta.dirname, "..");

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

async function discoverRoutes(): Promise<Route[]> {
  const routes: Route[] = [];
  for (const file of routeFiles(path.join(root, "app", "api"))) {
    const routePath = `/${path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/")}`;
    const module = (await import(file)) as Record<string, unknown>;
    const params = [...routePath.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]);
    for (const method of ["GET", "POST"] as const) if (typeof module[method] === "function") routes.push({ path: routePath, method, handler: module[method] as Handler, params });
  }
  return routes;
}

// ---------------------------------------------------------------- what an attacker sends

const sqlish = fc.constantFrom("' OR 1=1 --", "\"; DROP TABLE forecast; --", "1; select * from user", "%' AND sleep(5) --", "$1", "?", "\\x00", "' UNION SELECT password FROM account --");
const weirdText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom("\u0000", "\u202e", "\ud800", "\uffff", "𝕏".repeat(40), "<script>alert(1)</script>", "../../etc/passwd", "%00", "NaN", "-0", "1e309", "null", "undefined", "__proto__", "constructor"),
  sqlish,
  fc.integer({ min: 1000, max: 300_000 }).map((n) => "x".repeat(n)),
);
const weirdKey = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "probabilities", "scenarios", "title", "indicatorIds", "forecasts", "email", ""), fc.string({ maxLength: 12 }));
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    weirdText,
    fc.double(),
    fc.integer(),
    fc.constantFrom(true, false, null, Number.MAX_SAFE_INTEGER, -1, 0, 1e308),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(weirdKey, tie("value"), { maxKeys: 6 }),
  ),
}));
/** Deeply nested, past what any parser should recurse into blindly. */
const deeplyNested = fc.integer({ min: 100, max: 5000 }).map((depth) => `${"[".repeat(depth)}1${"]".repeat(depth)}`);
/** A valid-looking body with one field swapped for something hostile. */
const almostValid = fc.tuple(weirdKey, hostileValue).map(([key, value]) => JSON.stringify({ ...forecastInput(), [key || "title"]: value }));
const protoPollution = fc.constantFrom('{"__proto__": {"isAdmin": true, "roles": ["admin"]}}', '{"constructor": {"prototype": {"polluted": 1}}}', '{"title": "x", "__proto__": null}');
const body = fc.oneof(
  hostileValue.map((value) => JSON.stringify(value)),
  almostValid,
  protoPollution,
  deeplyNested,
  fc.constantFrom("", " ", "{", "{'a':1}", "nul", "[1,]", '{"a":1}{"b":2}', "\u0000", "\ufeff{}"),
  weirdText,
);
const contentType = fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "", "application/xml");
// A path segment always arrives as well-formed text (a URL cannot carry a lone surrogate).
const hostileId = fc.oneof(weirdText.filter((s) => s.length < 500 && !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))), fc.constantFrom("..", "%2e%2e", "' OR '1'='1", "0", "-1", "9".repeat(40)));
const queryParamName = fc.oneof(fc.constantFrom("limit", "cursor", "status", "tag", "q", "reportId", "from", "to", "reliability", "credibility", "analystId", "teamId", "format", "predictionsLimit", "predictionsCursor", "entity", "actorId", "bins", "of", "bin", "matured", "confidence", "unread", "author", "authorId"), weirdKey);
const queryString = fc.array(fc.tuple(queryParamName, fc.oneof(weirdText.filter((s) => s.length < 2000), fc.integer().map(String))), { maxLength: 6 });

// ----------------------------------------------------------------

let everyone: Persona;
let forecastId: string;
let routes: Route[];

beforeAll(async () => {
  everyone = await persona("Everyone", ...ROLES);
  forecastId = (await createForecast(everyone.actor, forecastInput(), Date.now())).id;
  routes = await discoverRoutes();
});

function url(route: Route, ids: string[], query: [string, string][]): URL {
  let i = 0;
  const resolved = route.path.replace(/\[(\.\.\.)?(\w+)\]/g, (_, rest) => (rest ? "sign-in/email" : encodeURIComponent(ids[i++] ?? forecastId)));
  const target = new URL(`http://signpost.test${resolved}`);
  for (const [name, value] of query) target.searchParams.append(name, value);
  return target;
}

/** better-auth's own tables change when its endpoints are tried (attempt counts, sessions): that is their job. */
function stored(dump: Record<string, string[]>): Record<string, string[]> {
  const { rate_limit: _counts, session: _sessions, ...rest } = dump;
  return rest;
}

async function check(route: Route, request: Request, params: Record<string, string>): Promise<void> {
  const before = await dumpDatabase();
  const response = await route.handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  const where = `${request.method} ${new URL(request.url).pathname}${new URL(request.url).search.slice(0, 200)} → ${response.status} ${text.slice(0, 200)}`;
  expect(response.status, where).toBeLessThan(500);
  if (response.status >= 400) {
    expect(JSON.parse(text), where).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(stored(await dumpDatabase()), `${where}: refused, yet something was stored`).toEqual(stored(before));
  }
}

describe("hostile input never breaks the API", () => {
  test("POST bodies: wrong types, huge and nested values, odd keys and characters, wrong content types, empty bodies, hostile ids", async () => {
    const posts = routes.filter((r) => r.method === "POST");
    expect(posts.length).toBeGreaterThan(8);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...posts), body, contentType, fc.array(hostileId, { minLength: 1, maxLength: 2 }), fc.boolean(), async (route, payload, type, ids, withValidId) => {
        const params = Object.fromEntries(route.params.map((name, i) => [name, withValidId ? forecastId : ids[i % ids.length]]));
        const headers: Record<string, string> = { authorization: `Bearer ${everyone.token}`, origin: "http://signpost.test", "x-signpost-peer": "192.0.2.9" };
        if (type) headers["content-type"] = type;
        const target = url(route, route.params.map((name) => params[name]), []);
        await check(route, new Request(target, { method: "POST", headers, body: payload }), params);
      }),
      { numRuns: 1500, seed: Number(process.env.FUZZ_SEED ?? 15), endOnFailure: true },
    );
  }, 600_000);

  test("query strings of every GET route", async () => {
    const gets = routes.filter((r) => r.method === "GET");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...gets), queryString, hostileId, fc.boolean(), async (route, query, id, withValidId) => {
        const params = Object.fromEntries(route.params.map((name) => [name, withValidId ? forecastId : id]));
        const target = url(route, route.params.map((name) => params[name]), query);
        await check(route, new Request(target, { headers: { authorization: `Bearer ${everyone.token}`, "x-signpost-peer": "192.0.2.9" } }), params);
      }),
      { numRuns: 600, seed: Number(process.env.FUZZ_SEED ?? 15), endOnFailure: true },
    );
  }, 600_000);

  test("a NUL character anywhere is refused as input, not a 500 (PostgreSQL cannot store or even compare one)", async () => {
    const post = (route: string) => routes.find((r) => r.method === "POST" && r.path === route)!;
    const get = (route: string) => routes.find((r) => r.method === "GET" && r.path === route)!;
    const auth = { authorization: `Bearer ${everyone.token}`, "content-type": "application/json" };
    await check(post("/api/v1/forecasts/[id]/predictions"), new Request("http://signpost.test/api/v1/forecasts/%00/predictions", { method: "POST", headers: auth, body: "{}" }), { id: "\u0000" });
    await check(get("/api/v1/events"), new Request("http://signpost.test/api/v1/events?q=%00", { headers: auth }), {});
    await check(post("/api/v1/forecasts"), new Request("http://signpost.test/api/v1/forecasts", { method: "POST", headers: auth, body: JSON.stringify(forecastInput({ title: "a\u0000b" })) }), {});
    const record = { forecasts: [{ ...forecastInput(), probabilities: undefined, createdAt: "2020-01-01T00:00:00Z", closesAt: "2020-06-01", author: "nul\u0000@example.org", predictions: [] }] };
    await check(post("/api/v1/import"), new Request("http://signpost.test/api/v1/import", { method: "POST", headers: auth, body: JSON.stringify(record) }), {});
  });

  test("the server still answers, and a valid request still works", async () => {
    expect((await health()).status).toBe(200);
    const posts = routes.find((r) => r.method === "POST" && r.path === "/api/v1/forecasts")!;
    const response = await posts.handler(new Request("http://signpost.test/api/v1/forecasts", { method: "POST", headers: { authorization: `Bearer ${everyone.token}`, "content-type": "application/json" }, body: JSON.stringify(forecastInput()) }), { params: Promise.resolve({}) });
    expect(response.status).toBe(201);
  });
});
