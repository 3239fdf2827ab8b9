/**
 * Which database this process talks to, decided by configuration alone: PostgreSQL when
 * DATABASE_URL is set, otherwise the embedded SQLite file. Reading the environment opens nothing.
 */
export type Engine = "sqlite" | "pg";

export function engineFromEnvironment(): Engine {
  return process.env.DATABASE_URL ? "pg" : "sqlite";
}
