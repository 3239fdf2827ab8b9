import "server-only";
import { and, eq, like, lt, sql } from "drizzle-orm";
import type { Conn } from "../client";
import { rateLimit } from "../schema";
import { first } from "./first";

/**
 * Sign-in throttling counts, in better-auth's `rate_limit` table under keys of our own
 * ("sign-in:account:…", "sign-in:address:…"), so every app instance on one database shares them.
 * `lastRequest` holds when the key's current window started.
 */

/** Counts one attempt in one atomic statement (no two instances can both read "one left") and returns the key's count and window start. */
export async function countAttempt(db: Conn, key: string, now: number, windowMs: number): Promise<{ count: number; windowStart: number }> {
  const expired = sql`${rateLimit.lastRequest} <= ${now - windowMs}`;
  const row = await first(
    db
      .insert(rateLimit)
      .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: now })
      .onConflictDoUpdate({
        target: rateLimit.key,
        set: {
          count: sql`case when ${expired} then 1 else ${rateLimit.count} + 1 end`,
          lastRequest: sql`case when ${expired} then ${now} else ${rateLimit.lastRequest} end`,
        },
      })
      .returning({ count: rateLimit.count, windowStart: rateLimit.lastRequest }),
  );
  return { count: Number(row!.count), windowStart: Number(row!.windowStart) };
}

/** Takes one attempt back (it succeeded), never below zero. */
export async function uncountAttempt(db: Conn, key: string): Promise<void> {
  await db.update(rateLimit).set({ count: sql`case when ${rateLimit.count} > 0 then ${rateLimit.count} - 1 else 0 end` }).where(eq(rateLimit.key, key));
}

export async function forgetAttempts(db: Conn, key: string): Promise<void> {
  await db.delete(rateLimit).where(eq(rateLimit.key, key));
}

/**
 * Deletes the counts whose window ended before `before`: every email and address ever tried would
 * otherwise keep a row for good, and a spray of made-up emails would grow the table without end.
 */
export async function sweepAttempts(db: Conn, before: number): Promise<void> {
  await db.delete(rateLimit).where(and(like(rateLimit.key, "sign-in:%"), lt(rateLimit.lastRequest, before)));
}
