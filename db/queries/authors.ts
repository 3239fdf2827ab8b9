import "server-only";
import { asc, eq, or, sql } from "drizzle-orm";
import type { Conn } from "../client";
import { user } from "../schema";

const MAX_MATCHES = 50;

/**
 * People whose name or email starts with the text, or who have a word of their name starting with
 * it ("lyst" finds "Ana Lyst"), for the author type-ahead and filter. Scans the user table, which
 * holds people, not forecasts: a thousand rows is a millisecond.
 */
export async function peopleMatching(db: Conn, text: string, limit = MAX_MATCHES): Promise<{ id: string; name: string }[]> {
  const prefix = text.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  if (prefix.length === 0) return [];
  const exact = text.trim().toLowerCase();
  return db
    .select({ id: user.id, name: user.name })
    .from(user)
    .where(
      or(
        sql`lower(${user.name}) like ${`${prefix}%`} escape '\\'`,
        sql`lower(${user.name}) like ${`% ${prefix}%`} escape '\\'`,
        sql`lower(${user.email}) like ${`${prefix}%`} escape '\\'`,
      ),
    )
    .orderBy(sql`case when lower(${user.name}) = ${exact} then 0 else 1 end`, asc(user.name), asc(user.id))
    .limit(limit);
}

export function personById(db: Conn, id: string) {
  return db.select({ id: user.id, name: user.name }).from(user).where(eq(user.id, id)).limit(1);
}
