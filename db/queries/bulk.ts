import "server-only";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Conn } from "../client";

/** Both engines cap the parameters of one statement (SQLite 32,766; PostgreSQL 65,535). */
const MAX_PARAMETERS = 30_000;

/** Many rows of one table in as few statements as the engines allow: for generated and imported data. */
export async function insertMany<T extends SQLiteTable>(db: Conn, table: T, rows: T["$inferInsert"][]): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]).length;
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
  for (let start = 0; start < rows.length; start += chunk) {
    await db.insert(table).values(rows.slice(start, start + chunk));
  }
}
