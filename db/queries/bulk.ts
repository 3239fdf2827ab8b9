import "server-only";
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { engine, executeStatement, sqliteEngine, type Conn } from "../client";

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

/** A secondary index as the database describes it, to be created again after a bulk load. */
export interface IndexDefinition {
  name: string;
  sql: string;
}

/**
 * Drops the plain secondary indexes of these tables (not primary keys, unique indexes or what
 * backs a constraint) and returns how to create them again: loading into an empty table and then
 * building each index once in sorted order costs a fraction of keeping every index up to date
 * row by row. Only inside one transaction with `createIndexes`, so nobody ever sees a table
 * without them (DDL is transactional on both engines).
 */
export async function dropSecondaryIndexes(tx: Conn, tables: string[]): Promise<IndexDefinition[]> {
  const list = sql.join(tables.map((t) => sql`${t}`), sql`, `);
  // On SQLite through the writer, which this transaction holds.
  const found =
    engine() === "pg"
      ? ((await (tx as unknown as { execute(q: SQL): Promise<{ rows: { name: string; sql: string }[] }> }).execute(
          sql`select indexname as name, indexdef as sql from pg_indexes i where schemaname = current_schema() and tablename in (${list})
              and indexdef not like 'CREATE UNIQUE%' and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
        )).rows)
      : (sqliteEngine()!
          .writer.prepare(`select name, sql from sqlite_master where type = 'index' and tbl_name in (${tables.map(() => "?").join(", ")}) and sql is not null and sql not like 'CREATE UNIQUE%'`)
          .all(...tables) as { name: string; sql: string }[]);
  for (const index of found) await executeStatement(tx, sql`drop index ${sql.identifier(index.name)}`);
  return found.map((index) => ({ name: index.name, sql: index.sql }));
}

export async function createIndexes(tx: Conn, indexes: IndexDefinition[]): Promise<void> {
  for (const index of indexes) await executeStatement(tx, sql.raw(index.sql));
}

/** A foreign key as PostgreSQL describes it, to be added again (and so checked in one pass) after a bulk load. */
export interface ForeignKeyDefinition {
  table: string;
  name: string;
  definition: string;
}

/**
 * PostgreSQL checks a foreign key with a query per inserted row; adding the key back after a bulk
 * load checks every row in one join instead. Drops the foreign keys of these tables and returns
 * them for `addForeignKeys`, in the same transaction (a violation then fails the whole load).
 * SQLite's checks are index lookups in process: it keeps them (returns none).
 */
export async function dropForeignKeys(tx: Conn, tables: string[]): Promise<ForeignKeyDefinition[]> {
  if (engine() !== "pg") return [];
  const list = sql.join(tables.map((t) => sql`${t}`), sql`, `);
  const { rows } = await (tx as unknown as { execute(q: SQL): Promise<{ rows: ForeignKeyDefinition[] }> }).execute(
    sql`select c.relname as "table", k.conname as name, pg_get_constraintdef(k.oid) as definition from pg_constraint k join pg_class c on c.oid = k.conrelid
        where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace and c.relname in (${list})`,
  );
  for (const key of rows) await executeStatement(tx, sql`alter table ${sql.identifier(key.table)} drop constraint ${sql.identifier(key.name)}`);
  return rows;
}

export async function addForeignKeys(tx: Conn, keys: ForeignKeyDefinition[]): Promise<void> {
  for (const key of keys) await executeStatement(tx, sql`alter table ${sql.identifier(key.table)} add constraint ${sql.identifier(key.name)} ${sql.raw(key.definition)}`);
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
