import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { readSetting, writeSetting } from "@/db/queries/settings";

const SESSION_DAYS = 7;

function createAuth() {
  return betterAuth({
    appName: "Signpost",
    secret: sessionSecret(),
    baseURL: process.env.BETTER_AUTH_URL,
    database: drizzleAdapter(getDb(), {
      provider: "sqlite",
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
    }),
    // Accounts are created by admins, the CLI and the import (server/users), never by self sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    session: { expiresIn: 60 * 60 * 24 * SESSION_DAYS },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

let auth: Auth | null = null;

/** Built on first use, because it needs the database and the secret stored in it. */
export function getAuth(): Auth {
  auth ??= createAuth();
  return auth;
}

/** BETTER_AUTH_SECRET when set; otherwise one generated at first start and kept in the database. */
function sessionSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const stored = readSetting("auth_secret");
  if (stored) return stored;
  const generated = randomBytes(32).toString("base64url");
  writeSetting("auth_secret", generated);
  return generated;
}
