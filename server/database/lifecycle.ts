import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { closeDb, databasePath, engine, prepareDatabase, sqliteEngine } from "@/db/client";
import { otherHolders } from "@/db/holders";
import { ensureSessionSecret } from "../auth/session-secret";
import { canBackUp, type Actor } from "@/lib/auth/policy";
import { Conflict, Forbidden, RuleViolation } from "@/lib/errors";

/** Where the database is, in words an operator can act on (the password of a URL left out). */
export function describeDatabase(): string {
  if (engine() === "sqlite") return `SQLite file ${databasePath()}`;
  const url = new URL(process.env.DATABASE_URL!);
  return `PostgreSQL database ${url.pathname.slice(1)} on ${url.hostname}:${url.port || "5432"}`;
}

/** Creates or updates the schema; `npm start` runs it before serving. */
export async function migrateDatabase(): Promise<string> {
  await prepareDatabase();
  await ensureSessionSecret();
  return describeDatabase();
}

export function closeDatabase(): Promise<void> {
  return closeDb();
}

/** The exact pg_dump command for a PostgreSQL installation, which backs up with PostgreSQL's own tools. */
export function pgDumpCommand(file: string): string {
  return `pg_dump --format=custom --file=${JSON.stringify(file)} "$DATABASE_URL"`;
}

/**
 * SQLite's online backup: a consistent copy taken while the app keeps reading and writing. On
 * PostgreSQL it refuses, naming the pg_dump command to use instead.
 */
export async function backupDatabase(actor: Actor, file: string): Promise<string> {
  if (!canBackUp(actor)) throw new Forbidden("Only an admin can back up the database.");
  const sqlite = sqliteEngine();
  if (!sqlite) throw new Conflict("conflict", `On PostgreSQL, back up with PostgreSQL's own tool: ${pgDumpCommand(file)}`);
  const target = path.resolve(file);
  if (target === sqlite.file) throw new RuleViolation([{ field: "FILE", message: "is the live database itself; choose another file" }]);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await sqlite.backup(target);
  return target;
}

/** Tables any Signpost database has; a file without them is not one of ours. */
const SIGNPOST_TABLES = ["__drizzle_migrations", "user", "forecast", "scenario", "prediction", "prediction_probability", "audit_log"];

/**
 * Replaces the SQLite file by a backup. Refused on PostgreSQL (pg_restore), while another process
 * (a running server) has the database open, and for a file that is corrupt or not Signpost's.
 * The backup is migrated afterwards, so one taken before an upgrade comes back current.
 */
export async function restoreDatabase(actor: Actor, file: string): Promise<string> {
  if (!canBackUp(actor)) throw new Forbidden("Only an admin can restore the database.");
  if (engine() === "pg") throw new Conflict("conflict", "On PostgreSQL, restore with PostgreSQL's own tool: pg_restore --clean --dbname \"$DATABASE_URL\" FILE");
  const source = path.resolve(file);
  checkBackupFile(source);
  await closeDb();
  const target = databasePath();
  const holders = otherHolders(target);
  if (holders.length > 0) {
    throw new Conflict("conflict", `The database is open in process ${holders.join(", ")} (is the server running?). Stop it, then restore.`);
  }
  const staging = `${target}.restoring`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, staging);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  await prepareDatabase();
  return target;
}

function checkBackupFile(file: string): void {
  if (!fs.existsSync(file)) throw new RuleViolation([{ field: "FILE", message: `${file} does not exist` }]);
  let candidate: Database.Database | null = null;
  try {
    candidate = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = candidate.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(String(integrity));
    const tables = new Set((candidate.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const missing = SIGNPOST_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw new RuleViolation([{ field: "FILE", message: `is an SQLite file but not a Signpost backup (no ${missing.join(", ")} table)` }]);
  } catch (error) {
    if (error instanceof RuleViolation) throw error;
    throw new RuleViolation([{ field: "FILE", message: `is not a readable SQLite database (${(error as Error).message}); nothing was restored` }]);
  } finally {
    candidate?.close();
  }
}
