import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";

/** Opens the database if needed and asks it the simplest question. */
export function databaseAnswers(): boolean {
  return getDb().get<{ ok: number }>(sql`select 1 as ok`)?.ok === 1;
}
