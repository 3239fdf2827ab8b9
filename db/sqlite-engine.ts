import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSync } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzleAsync, type SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import { registerHolder } from "./holders";
import { Mutex } from "./mutex";
import { SqliteCheckpointer } from "./sqlite-checkpointer";

type Method = "run" | "all" | "values" | "get";

/**
 * The embedded engine: one SQLite file in WAL mode, opened twice.
 *
 * - The **writer** connection does every write. Writes are serialised by an in-process mutex,
 *   so `withTransaction` can await inside `BEGIN IMMEDIATE … COMMIT` without another request's
 *   statement slipping into its transaction; a lone write outside a transaction waits its turn
 *   the same way (better-auth's session rows, a token's last use).
 * - The **reader** connection answers every read outside a transaction. WAL gives it the last
 *   committed state, so a request never sees another request's uncommitted rows, and readers are
 *   never blocked by a writer.
 *
 * - The **checkpointer** copies the WAL back into the database file on a worker thread, so a big
 *   commit (an import) never holds up the app's thread while hundreds of megabytes are copied.
 *
 * Both are exposed as drizzle's async SQLite database, so use cases await them exactly as they
 * await PostgreSQL. Another process (the CLI) waits for the file's write lock up to busy_timeout.
 */
export class SqliteEngine {
  readonly db: SqliteRemoteDatabase;
  readonly tx: SqliteRemoteDatabase;
  private readonly writeLock = new Mutex();
  private readonly releaseHolder: () => void;
  private readonly checkpointer: SqliteCheckpointer;

  private constructor(
    readonly file: string,
    readonly writer: Database.Database,
    private readonly reader: Database.Database,
    isInsideTransaction: () => boolean,
  ) {
    this.releaseHolder = registerHolder(file);
    this.checkpointer = new SqliteCheckpointer(file);
    const readerStatements = new StatementCache(reader);
    const writerStatements = new StatementCache(writer);
    this.db = drizzleAsync(async (sql, params, method) => {
      if (isInsideTransaction()) {
        throw new Error("A query used getDb() inside withTransaction: pass the transaction's connection instead.");
      }
      if (isRead(sql)) return execute(readerStatements, sql, params, method);
      return this.writeLock.run(() => {
        const result = execute(writerStatements, sql, params, method);
        this.checkpointer.afterWrite();
        return result;
      });
    });
    this.tx = drizzleAsync(async (sql, params, method) => execute(writerStatements, sql, params, method));
  }

  static open(file: string, migrationsFolder: string, isInsideTransaction: () => boolean): SqliteEngine {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const writer = new Database(file);
    // Only a new, empty file takes it. A big transaction's COMMIT re-reads every WAL frame it wrote
    // (to rechecksum frames rewritten in place), so 4× fewer, larger frames halve the longest
    // stall of an import (about 300 → 140 ms for 10,000 forecasts).
    writer.pragma("page_size = 16384");
    writer.pragma("journal_mode = WAL");
    writer.pragma("busy_timeout = 5000");
    writer.pragma("synchronous = NORMAL");
    // Checkpoints run on SqliteCheckpointer's worker thread instead of at the end of a COMMIT.
    writer.pragma("wal_autocheckpoint = 0");
    // Once checkpointed, a WAL grown by a big import shrinks back when SQLite next rewinds it.
    writer.pragma(`journal_size_limit = ${1024 * 1024}`);
    migrateChecked(writer, migrationsFolder);
    writer.pragma("foreign_keys = ON");
    const reader = new Database(file, { readonly: true });
    reader.pragma("busy_timeout = 5000");
    return new SqliteEngine(file, writer, reader, isInsideTransaction);
  }

  /** Runs `work` inside BEGIN IMMEDIATE … COMMIT on the writer, rolled back if it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    return this.writeLock.run(async () => {
      this.writer.exec("BEGIN IMMEDIATE");
      try {
        const result = await work();
        this.writer.exec("COMMIT");
        this.checkpointer.afterWrite();
        return result;
      } catch (error) {
        if (this.writer.inTransaction) this.writer.exec("ROLLBACK");
        throw error;
      }
    });
  }

  /** SQLite's online backup: a consistent copy while the app keeps writing. */
  async backup(destination: string): Promise<void> {
    await this.writer.backup(destination);
  }

  /** Resolves once no checkpoint is running: for tests and benchmarks that look at the files. */
  checkpointsIdle(): Promise<void> {
    return this.checkpointer.idle();
  }

  /**
   * The checkpoint worker lets go of the file first (a restore may replace it next), so the writer
   * is the last connection and SQLite folds the WAL back into the file as it closes.
   */
  async close(): Promise<void> {
    await this.checkpointer.close();
    this.reader.close();
    this.writer.close();
    this.releaseHolder();
  }
}

/**
 * Migrations rebuild tables to change their keys, which SQLite only allows with foreign keys
 * off; the check afterwards proves the rebuilt tables still agree with each other.
 */
function migrateChecked(writer: Database.Database, migrationsFolder: string): void {
  writer.pragma("foreign_keys = OFF");
  const before = appliedMigrations(writer);
  migrate(drizzleSync(writer), { migrationsFolder });
  // The check reads every row (seconds on a million predictions): only after a migration ran.
  if (appliedMigrations(writer) === before) return;
  const broken = writer.pragma("foreign_key_check") as unknown[];
  if (broken.length > 0) throw new Error(`The database fails its foreign-key check after migrating: ${JSON.stringify(broken.slice(0, 5))}`);
}

/** How many migrations the file has had (0 for a new file). */
function appliedMigrations(writer: Database.Database): number {
  const table = writer.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  return table ? (writer.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n : 0;
}

function isRead(sql: string): boolean {
  return /^\s*(select|with)\b/i.test(sql);
}

/** drizzle's proxy driver wants rows as arrays in column order, which `raw` mode gives. */
function execute(statements: StatementCache, sql: string, params: unknown[], method: Method): { rows: unknown[] } {
  const statement = statements.get(sql);
  if (!statement.reader) {
    statement.run(...params);
    return { rows: [] };
  }
  if (method === "get") return { rows: statement.get(...params) as unknown[] };
  if (method === "run") {
    statement.all(...params);
    return { rows: [] };
  }
  return { rows: statement.all(...params) as unknown[] };
}

/** Prepared statements by SQL text: drizzle rebuilds the same text for every call of a query. */
class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly connection: Database.Database) {}

  get(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      if (statement.reader) statement.raw(true);
      if (this.statements.size >= 1000) this.statements.delete(this.statements.keys().next().value!);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
