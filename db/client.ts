import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import path from "node:path";
import type { SQL } from "drizzle-orm";
import type { SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import { engineFromEnvironment, type Engine } from "./engine";
import { PgEngine } from "./pg-engine";
import { SqliteEngine } from "./sqlite-engine";

/**
 * The one data layer every use case awaits. Queries are typed against drizzle's async SQLite
 * database; on PostgreSQL the same query builders run on drizzle's pg dialect (db/schema picks
 * the matching tables), so nothing above `db/` knows which engine answers.
 */
export type Db = SqliteRemoteDatabase;
/** A connection or a transaction: queries run the same on both. */
export type Conn = Db;

let sqlite: SqliteEngine | null = null;
let postgres: PgEngine | null = null;
/** The transaction this async call chain is inside, so a nested `withTransaction` joins it. */
const currentTransaction = new AsyncLocalStorage<Conn>();

export function engine(): Engine {
  return engineFromEnvironment();
}

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? "./data/signpost.db");
}

function migrationsFolder(which: Engine): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations", which);
}

function openSqlite(): SqliteEngine {
  const file = databasePath();
  if (sqlite && sqlite.file === file) return sqlite;
  void sqlite?.close();
  sqlite = SqliteEngine.open(file, migrationsFolder("sqlite"), () => currentTransaction.getStore() !== undefined);
  return sqlite;
}

function openPostgres(): PgEngine {
  const url = process.env.DATABASE_URL!;
  if (postgres && postgres.url === url) return postgres;
  void postgres?.close();
  postgres = new PgEngine(url);
  return postgres;
}

/**
 * Connections outside any transaction, opened on first use and never at import (so `next build`
 * stays away from the database). SQLite migrates as it opens; PostgreSQL is migrated by
 * `prepareDatabase`, which `npm start` runs before serving.
 */
export function getDb(): Db {
  return engine() === "pg" ? (openPostgres().db as unknown as Db) : openSqlite().db;
}

/** Opens the database and applies any migration it lacks. */
export async function prepareDatabase(): Promise<void> {
  if (engine() === "pg") await openPostgres().migrate(migrationsFolder("pg"));
  else openSqlite();
}

/**
 * One atomic write: everything `work` does through `tx` commits together or not at all, and every
 * check a write depends on belongs inside. Called again inside `work`, it joins the same transaction.
 */
export function withTransaction<T>(work: (tx: Conn) => Promise<T>): Promise<T> {
  const outer = currentTransaction.getStore();
  if (outer) return work(outer);
  if (engine() === "pg") {
    return openPostgres().transaction((tx) => currentTransaction.run(tx as unknown as Conn, () => work(tx as unknown as Conn)));
  }
  const engineNow = openSqlite();
  return engineNow.transaction(() => currentTransaction.run(engineNow.tx, () => work(engineNow.tx)));
}

/** A statement with no rows to return (locks, DDL), on either engine. */
export async function executeStatement(conn: Conn, statement: SQL): Promise<void> {
  if (engine() === "pg") await (conn as unknown as { execute(q: SQL): Promise<unknown> }).execute(statement);
  else await conn.run(statement);
}

/** The open SQLite engine, for what only it can do (online backup); null on PostgreSQL. */
export function sqliteEngine(): SqliteEngine | null {
  return engine() === "pg" ? null : openSqlite();
}

/**
 * The server (scripts/serve.mjs) closes the database on SIGTERM through this hook, once requests in
 * flight have finished. A set, in case the app's bundles each hold their own copy of this module.
 */
const closers = ((globalThis as Record<symbol, unknown>)[Symbol.for("signpost.database-closers")] ??= new Set<() => Promise<void>>()) as Set<() => Promise<void>>;
closers.add(() => closeDb());

/** Closes every connection (backups, restores and tests switch databases). */
export async function closeDb(): Promise<void> {
  const closingSqlite = sqlite;
  sqlite = null;
  await closingSqlite?.close();
  const closing = postgres;
  postgres = null;
  await closing?.close();
}
