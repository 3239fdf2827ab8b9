import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { engine, getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { writeSettingOnce } from "@/db/queries/settings";

const SESSION_DAYS = 7;

function createAuth(secret: string) {
  return betterAuth({
    appName: "Signpost",
    secret,
    baseURL: process.env.BETTER_AUTH_URL,
    database: drizzleAdapter(getDb(), {
      provider: engine() === "pg" ? "pg" : "sqlite",
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification, rateLimit: schema.rateLimit },
    }),
    // Accounts are created by admins, the CLI and the import (server/users), never by self sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    session: { expiresIn: 60 * 60 * 24 * SESSION_DAYS },
    // Throttling counts live in the database so that every app instance sees the same ones.
    rateLimit: { storage: "database", modelName: "rateLimit" },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

let auth: Promise<Auth> | null = null;

/** Built on first use, because it needs the database and the secret stored in it. */
export function getAuth(): Promise<Auth> {
  auth ??= sessionSecret().then(createAuth);
  auth.catch(() => (auth = null));
  return auth;
}

/**
 * BETTER_AUTH_SECRET when set. Several instances on PostgreSQL must sign cookies alike, so there it
 * is required; the embedded engine generates one at first start and keeps it in the database.
 */
async function sessionSecret(): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  if (engine() === "pg") {
    throw new Error("BETTER_AUTH_SECRET is not set. With DATABASE_URL (PostgreSQL) every app instance must share one session secret: set BETTER_AUTH_SECRET to a long random string, e.g. `openssl rand -base64 32`.");
  }
  return writeSettingOnce(getDb(), "auth_secret", randomBytes(32).toString("base64url"));
}
