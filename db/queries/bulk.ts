import "server-only";
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { executeStatement, type Conn } from "../client";

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

type Column = { name: string; getSQLType(): string; mapToDriverValue(value: unknown): unknown };

/**
 * PostgreSQL: `(columns) select * from unnest($1::text[], $2::bigint[], …)`, each column of the rows
 * sent as one array parameter (each value converted as drizzle would), instead of a placeholder per
 * value that drizzle would build one by one. Every row must carry the same keys.
 */
export function columnsFromArrays<T extends SQLiteTable>(table: T, rows: T["$inferInsert"][]): SQL {
  const columns = getTableColumns(table) as unknown as Record<string, Column>;
  const keys = Object.keys(rows[0]).filter((key) => key in columns);
  const arrays = keys.map((key) => sql`${sql.param((rows as Record<string, unknown>[]).map((row) => (row[key] === null || row[key] === undefined ? null : columns[key].mapToDriverValue(row[key]))))}::${sql.raw(columns[key].getSQLType())}[]`);
  const names = sql.join(keys.map((key) => sql.identifier(columns[key].name)), sql`, `);
  return sql`(${names}) select * from unnest(${sql.join(arrays, sql`, `)})`;
}

/**
 * PostgreSQL: drizzle's `insert(table).values(rows).onConflictDoUpdate({ target, set })` as one
 * statement of a few array parameters (`columnsFromArrays`): for hundreds of thousands of rows
 * (an import's tallies), building drizzle's query for each row cost more than PostgreSQL's work.
 * The rows must not repeat a key of `target` (one statement cannot update a row twice).
 */
export async function upsertByColumns<T extends SQLiteTable>(tx: Conn, table: T, rows: T["$inferInsert"][], conflict: { target: SQLiteColumn[]; set: Partial<Record<keyof T["$inferInsert"], SQL>> }): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as unknown as Record<string, Column>;
  const target = sql.join(conflict.target.map((column) => sql.identifier(column.name)), sql`, `);
  const set = sql.join(
    Object.entries(conflict.set as Record<string, SQL>).map(([key, value]) => sql`${sql.identifier(columns[key].name)} = ${value}`),
    sql`, `,
  );
  await executeStatement(tx, sql`insert into ${table} ${columnsFromArrays(table, rows)} on conflict (${target}) do update set ${set}`);
}
