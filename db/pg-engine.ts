import "server-only";
import { sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

// bigint columns hold epoch milliseconds and counts, all far below 2^53: read them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** Any lock key will do, as long as every instance uses the same one. */
const MIGRATION_LOCK = 72_810_451;

/**
 * PostgreSQL for teams that run several app instances: a connection pool per process, every
 * shared thing (sessions, tokens, throttling counts) in the database, transactions by the server.
 */
export class PgEngine {
  readonly db: NodePgDatabase;
  private readonly pool: pg.Pool;

  constructor(readonly url: string) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error("DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/signpost.");
    }
    this.pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection dropped by the server is replaced by the pool; it must not crash the app.
    this.pool.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
    this.db = drizzle(this.pool);
  }

  /** Applies missing migrations; instances starting together take turns on an advisory lock. */
  async migrate(migrationsFolder: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migrate(drizzle(client), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }

  transaction<T>(work: (tx: NodePgDatabase) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(tx as unknown as NodePgDatabase));
  }

  async answers(): Promise<boolean> {
    const result = await this.db.execute(sql`select 1 as ok`);
    return result.rows[0]?.ok === 1;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
