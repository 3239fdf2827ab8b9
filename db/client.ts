import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;

interface OpenDatabase {
  path: string;
  sqlite: Database.Database;
  db: Db;
}

let current: OpenDatabase | null = null;

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? "./data/signpost.db");
}

function migrationsFolder(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
}

/** Opens (and migrates) the database on first use; never at import, so `next build` stays offline of it. */
export function getDb(): Db {
  return open().db;
}

export function getSqlite(): Database.Database {
  return open().sqlite;
}

function open(): OpenDatabase {
  const file = databasePath();
  if (current && current.path === file) return current;
  current?.sqlite.close();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder() });
  current = { path: file, sqlite, db };
  return current;
}

/** Closes the connection (backups, restores and tests switch files). */
export function closeDb(): void {
  current?.sqlite.close();
  current = null;
}

/** A connection or a transaction: queries run the same on both. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Conn = Db | Tx;
