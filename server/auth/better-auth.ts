import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { engine, getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { sessionSecret } from "./session-secret";
import { isDeactivated } from "@/db/queries/users";
import { transportOf, wantsSecureCookies } from "@/lib/auth/transport";

const SESSION_DAYS = 7;

/** better-auth's error code when a correct password belongs to a deactivated account. */
export const ACCOUNT_DEACTIVATED = "ACCOUNT_DEACTIVATED";

function createAuth(secret: string, secureCookies: boolean) {
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
    // Checked when a session is about to be made, i.e. after the password was found right, so only
    // someone who knows it learns that the account is deactivated.
    databaseHooks: { session: { create: { before: refuseDeactivated } } },
    // Its limiter keys on X-Forwarded-For, which any client sets, and never sees the sign-in form's
    // server action: Signpost throttles sign-ins itself (sign-in-throttle.ts), per account and address.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Left alone, better-auth marks every cookie Secure in production, and a browser on
    // http://<LAN address> drops it: the sign-in "works" and the person is back at the sign-in page.
    // Here the caller decides per request (see getAuth); a Secure cookie also gets the __Secure- name.
    advanced: { useSecureCookies: secureCookies },
    plugins: [nextCookies()],
  });
}

async function refuseDeactivated(session: { userId: string }): Promise<void> {
  if (await isDeactivated(getDb(), session.userId)) {
    throw new APIError("FORBIDDEN", { code: ACCOUNT_DEACTIVATED, message: "This account is deactivated." });
  }
}

export type Auth = ReturnType<typeof createAuth>;

/** One instance per cookie kind: better-auth fixes its cookie names and flags when it is built. */
const instances = new Map<boolean, Promise<Auth>>();

/**
 * better-auth for a request: its cookies are Secure exactly when the request came over https (as
 * the browser or the proxy in front saw it) or BETTER_AUTH_URL is https. Both instances share the
 * database and the secret, so they know the same sessions. `null` headers (scripts, tests): only
 * BETTER_AUTH_URL decides. Built on first use, because it needs the database and the session secret.
 */
export function getAuth(requestHeaders: Headers | null): Promise<Auth> {
  const secure = wantsSecureCookies(process.env.BETTER_AUTH_URL, requestHeaders ? transportOf(requestHeaders) : null);
  let auth = instances.get(secure);
  if (!auth) {
    auth = sessionSecret().then((secret) => createAuth(secret, secure));
    auth.catch(() => instances.delete(secure));
    instances.set(secure, auth);
  }
  return auth;
}
