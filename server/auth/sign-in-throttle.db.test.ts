import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { like } from "drizzle-orm";
import { POST as authRoute } from "@/app/api/auth/[...all]/route";
import { getDb } from "@/db/client";
import { rateLimit } from "@/db/schema";
import { useTempDatabase } from "@/tests/support/temp-db";
import { SYSTEM_ACTOR } from "../system-actor";
import { createUser } from "../users/create-user";
import { signInWithPassword } from "./sign-in";
import { SIGN_IN_LIMITS } from "./sign-in-throttle";

useTempDatabase();

const PASSWORD = "correct-horse-1";

async function person(name: string): Promise<string> {
  const email = `${name}-${crypto.randomUUID().slice(0, 8)}@example.org`;
  await createUser(SYSTEM_ACTOR, { email, name, roles: ["analyst"], password: PASSWORD }, Date.now());
  return email;
}

/** POST /api/auth/sign-in/email as a client at `peer` (what scripts/serve.mjs writes), with any extra headers it sends. */
function signIn(email: string, password: string, peer: string, extra: Record<string, string> = {}) {
  return authRoute(
    new Request("http://signpost.test/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://signpost.test", "x-signpost-peer": peer, ...extra },
      body: JSON.stringify({ email, password }),
    }),
  );
}

async function failUntilThrottled(email: string, peer: string, tries: number, extra: (i: number) => Record<string, string> = () => ({})) {
  for (let i = 0; i < tries; i += 1) expect((await signIn(email, `wrong-${i}`, peer, extra(i))).status).toBe(401);
}

afterEach(async () => {
  delete process.env.SIGNPOST_BEHIND_PROXY;
  await getDb().delete(rateLimit).where(like(rateLimit.key, "sign-in:%"));
});

let bob: string;
let carol: string;

beforeAll(async () => {
  bob = await person("bob");
  carol = await person("carol");
});

describe("sign-in throttling", () => {
  test("per account: after the allowed failures even the right password is 429 with Retry-After, while another account signs in from elsewhere", async () => {
    await failUntilThrottled(bob, "198.51.100.1", SIGN_IN_LIMITS.account.max);
    const refused = await signIn(bob, PASSWORD, "198.51.100.2");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.windowMs / 1000);
    expect(await refused.json()).toEqual({ error: { code: "rate_limited", message: expect.stringMatching(/Try again in \d+ minutes/), details: { retryAfterSeconds: retryAfter } } });
    expect((await signIn(carol, PASSWORD, "203.0.113.7")).status).toBe(200);
  });

  test("per address: a client claiming a new X-Forwarded-For each time is still one address", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.address.max; i += 1) {
      expect((await signIn(`nobody-${i}@example.org`, "guess", "192.0.2.50", { "x-forwarded-for": `10.9.${i}.1` })).status).toBe(401);
    }
    const refused = await signIn(`nobody-else@example.org`, "guess", "192.0.2.50", { "x-forwarded-for": "10.10.10.10" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    // The right password to another account from another address is not held back.
    expect((await signIn(carol, PASSWORD, "192.0.2.51")).status).toBe(200);
  });

  test("behind a proxy (SIGNPOST_BEHIND_PROXY), the proxy's hop is the address, and what the client prepended is ignored", async () => {
    process.env.SIGNPOST_BEHIND_PROXY = "true";
    for (let i = 0; i < SIGN_IN_LIMITS.address.max; i += 1) {
      expect((await signIn(`someone-${i}@example.org`, "guess", "10.0.0.2", { "x-forwarded-for": `6.6.6.${i % 250}, 203.0.113.99` })).status).toBe(401);
    }
    expect((await signIn("someone-more@example.org", "guess", "10.0.0.2", { "x-forwarded-for": "7.7.7.7, 203.0.113.99" })).status).toBe(429);
    // Another browser behind the same proxy is another address.
    expect((await signIn(carol, PASSWORD, "10.0.0.2", { "x-forwarded-for": "203.0.113.100" })).status).toBe(200);
  });

  test("the sign-in form's server action is throttled too, sharing the counts", async () => {
    const dave = await person("dave");
    const headers = new Headers({ "x-signpost-peer": "198.51.100.77", origin: "http://signpost.test", host: "signpost.test" });
    for (let i = 0; i < SIGN_IN_LIMITS.account.max; i += 1) {
      expect(await signInWithPassword({ email: dave, password: `wrong-${i}` }, headers, Date.now())).toEqual({ ok: false, reason: "wrong_password" });
    }
    expect(await signInWithPassword({ email: dave, password: PASSWORD }, headers, Date.now())).toMatchObject({ ok: false, reason: "throttled", retryAfterSeconds: expect.any(Number) });
    expect((await signIn(dave, PASSWORD, "203.0.113.8")).status).toBe(429);
  });

  test("the counts are rows of the shared database, so every instance on PostgreSQL sees the same ones", async () => {
    await signIn(bob, "wrong", "198.51.100.9");
    const rows = await getDb().select().from(rateLimit).where(like(rateLimit.key, "sign-in:%"));
    expect(rows.map((row) => [row.key, row.count]).sort()).toEqual([
      [`sign-in:account:${bob}`, 1],
      ["sign-in:address:198.51.100.9", 1],
    ]);
  });

  test("the count starts again once its window has passed", async () => {
    const erin = await person("erin");
    const headers = new Headers({ "x-signpost-peer": "198.51.100.88" });
    const start = Date.now();
    for (let i = 0; i < SIGN_IN_LIMITS.account.max; i += 1) await signInWithPassword({ email: erin, password: "wrong" }, headers, start);
    expect(await signInWithPassword({ email: erin, password: "wrong" }, headers, start + 1000)).toMatchObject({ reason: "throttled" });
    expect(await signInWithPassword({ email: erin, password: "wrong" }, headers, start + SIGN_IN_LIMITS.account.windowMs + 1)).toEqual({ ok: false, reason: "wrong_password" });
  });

  test("counts whose window has long ended are swept, so a spray of made-up emails leaves no rows behind", async () => {
    const start = Date.now();
    for (let i = 0; i < 5; i += 1) await signInWithPassword({ email: `nobody-${i}@example.org`, password: "wrong" }, new Headers({ "x-signpost-peer": `198.51.100.${100 + i}` }), start);
    const keys = async () => (await getDb().select().from(rateLimit).where(like(rateLimit.key, "sign-in:%"))).map((row) => row.key);
    expect(await keys()).toHaveLength(10);
    const later = start + Math.max(SIGN_IN_LIMITS.account.windowMs, SIGN_IN_LIMITS.address.windowMs) + 1;
    await signInWithPassword({ email: "nobody-late@example.org", password: "wrong" }, new Headers({ "x-signpost-peer": "198.51.100.200" }), later);
    expect((await keys()).sort()).toEqual(["sign-in:account:nobody-late@example.org", "sign-in:address:198.51.100.200"]);
  });
});
