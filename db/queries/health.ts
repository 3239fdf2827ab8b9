import "server-only";
import { sql } from "drizzle-orm";
import type { Conn } from "../client";

/** Asks the database the simplest question. */
export async function databaseAnswers(db: Conn): Promise<boolean> {
  const [row] = await db.select({ ok: sql<number>`1` }).from(sql`(select 1) as probe`);
  return Number(row?.ok) === 1;
}
