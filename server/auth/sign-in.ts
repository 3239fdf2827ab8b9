import "server-only";
import { isAPIError } from "better-auth/api";
import { RateLimited } from "@/lib/errors";
import { signInSchema } from "@/lib/validation/user";
import { ACCOUNT_DEACTIVATED, getAuth } from "./better-auth";
import { beginSignInAttempt } from "./sign-in-throttle";

export type SignInOutcome = { ok: true } | { ok: false; reason: "wrong_password" | "deactivated" | "invalid" } | { ok: false; reason: "throttled"; message: string; retryAfterSeconds: number };

/**
 * The sign-in form's use case: throttled like the HTTP endpoint (better-auth's own limiter does not
 * see calls through its server API), then better-auth checks the password and sets the cookie.
 */
export async function signInWithPassword(rawInput: unknown, requestHeaders: Headers, now: number): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(rawInput);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  let attempt;
  try {
    attempt = await beginSignInAttempt(parsed.data.email, requestHeaders, now);
  } catch (error) {
    if (error instanceof RateLimited) return { ok: false, reason: "throttled", message: error.message, retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
  try {
    await (await getAuth(requestHeaders)).api.signInEmail({ body: parsed.data, headers: requestHeaders });
    await attempt.settle(true);
    return { ok: true };
  } catch (error) {
    await attempt.settle(false);
    if (isAPIError(error) && error.body?.code === ACCOUNT_DEACTIVATED) return { ok: false, reason: "deactivated" };
    return { ok: false, reason: "wrong_password" };
  }
}
