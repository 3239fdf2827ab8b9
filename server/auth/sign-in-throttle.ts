import "server-only";
import { getDb } from "@/db/client";
import { countAttempt, forgetAttempts, sweepAttempts, uncountAttempt } from "@/db/queries/sign-in-attempts";
import { behindProxy, clientAddress } from "@/lib/auth/client-address";
import { RateLimited } from "@/lib/errors";

const MINUTE = 60_000;

/**
 * Failed sign-ins allowed per window, per account (guessing one person's password) and per
 * connecting address (trying many accounts). A correct password to another account, from another
 * address, is never held back by either. The counts live in the database (db/queries/sign-in-attempts.ts).
 */
export const SIGN_IN_LIMITS = {
  account: { max: 10, windowMs: 15 * MINUTE },
  address: { max: 50, windowMs: 15 * MINUTE },
} as const;

/** A count older than every window can refuse nothing any more. */
const LONGEST_WINDOW_MS = Math.max(SIGN_IN_LIMITS.account.windowMs, SIGN_IN_LIMITS.address.windowMs);

interface HeaderSource {
  get(name: string): string | null;
}

export interface SignInAttempt {
  /** Called with the outcome: a correct password clears the account's count and takes back the address's try. */
  settle(succeeded: boolean): Promise<void>;
}

/** The address whose failed sign-ins count together (see lib/auth/client-address.ts). */
export function signInAddress(headers: HeaderSource): string {
  return clientAddress(headers, behindProxy(process.env.SIGNPOST_BEHIND_PROXY));
}

/**
 * Counts a sign-in before the password is checked, so parallel guesses each take a place; refuses
 * with 429 (RateLimited, with the seconds until the window ends) when the account or the address
 * has used its tries. A refused attempt is taken back: it never reached the password check.
 */
export async function beginSignInAttempt(email: string, headers: HeaderSource, now: number): Promise<SignInAttempt> {
  const db = getDb();
  const accountKey = `sign-in:account:${email.trim().toLowerCase()}`;
  const addressKey = `sign-in:address:${signInAddress(headers)}`;
  await sweepAttempts(db, now - LONGEST_WINDOW_MS);
  const account = await countAttempt(db, accountKey, now, SIGN_IN_LIMITS.account.windowMs);
  const address = await countAttempt(db, addressKey, now, SIGN_IN_LIMITS.address.windowMs);
  const refusal =
    account.count > SIGN_IN_LIMITS.account.max
      ? { why: "Too many failed sign-ins to this account.", until: account.windowStart + SIGN_IN_LIMITS.account.windowMs }
      : address.count > SIGN_IN_LIMITS.address.max
        ? { why: "Too many failed sign-ins from your network address.", until: address.windowStart + SIGN_IN_LIMITS.address.windowMs }
        : null;
  if (refusal) {
    await uncountAttempt(db, accountKey);
    await uncountAttempt(db, addressKey);
    const seconds = Math.max(1, Math.ceil((refusal.until - now) / 1000));
    throw new RateLimited(`${refusal.why} Try again in ${waitInWords(seconds)}.`, seconds);
  }
  return {
    async settle(succeeded) {
      if (!succeeded) return;
      await forgetAttempts(db, accountKey);
      await uncountAttempt(db, addressKey);
    },
  };
}

function waitInWords(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
