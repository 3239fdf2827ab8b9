import "server-only";
import type Database from "better-sqlite3";
import { asc, eq, getTableColumns, getTableName, inArray, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { engine, executeStatement, sqliteEngine, type Conn } from "../client";
import { aggregateScore, aggregateStatement, forecast, forecastScore, forecastTag, prediction, predictionProbability, probabilityStatement, report, resolution, scenario, team, teamAggregateScore, user, userRole } from "../schema";
import { columnsFromArrays, insertMany } from "./bulk";
import { untallyStored } from "./tallies";

/** Keeps each `inArray` list far below both engines' parameter caps. */
const IDS_PER_QUERY = 5_000;

export type ForecastInsert = typeof forecast.$inferInsert;
export type ScenarioInsert = typeof scenario.$inferInsert;
export type TagInsert = typeof forecastTag.$inferInsert;
export type PredictionInsert = typeof prediction.$inferInsert;
export type ProbabilityInsert = typeof predictionProbability.$inferInsert;
export type ResolutionInsert = typeof resolution.$inferInsert;
export type ScoreInsert = typeof forecastScore.$inferInsert;
export type StatementInsert = typeof probabilityStatement.$inferInsert;

function slices<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** The ids of the users with these (lower-case) emails. */
export async function userIdsByEmail(db: Conn, emails: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of slices(emails, IDS_PER_QUERY)) {
    const rows = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, part));
    for (const row of rows) found.set(row.email, row.id);
  }
  return found;
}

/** People named only by an email in an import: analysts without a password (they cannot sign in until an admin sets one). */
export async function insertPasswordlessAnalysts(tx: Conn, people: { id: string; email: string; name: string }[], at: number): Promise<void> {
  const when = new Date(at);
  await insertMany(tx, user, people.map((p) => ({ id: p.id, name: p.name, email: p.email, emailVerified: false, createdAt: when, updatedAt: when })));
  await insertMany(tx, userRole, people.map((p) => ({ userId: p.id, role: "analyst" as const })));
}

export async function existingTeamIds(db: Conn, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.select({ id: team.id }).from(team).where(inArray(team.id, ids))).map((row) => row.id));
}

export async function existingReportIds(db: Conn, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.select({ id: report.id }).from(report).where(inArray(report.id, ids))).map((row) => row.id));
}

export const importTables = { forecast, scenario, forecastTag, prediction, predictionProbability, resolution } as const;

/**
 * Rows of one table in slices, calling `between` after each. On SQLite every statement runs
 * synchronously, so a long import gives the event loop back (and with it the readers) between
 * slices of a few milliseconds each instead of holding it for the whole write; on PostgreSQL the
 * queries' I/O already lets others in, and larger slices mean fewer round trips.
 */
export async function insertInSlices<T extends SQLiteTable>(tx: Conn, table: T, rows: T["$inferInsert"][], between: (written: number) => Promise<void>): Promise<void> {
  const size = engine() === "pg" ? 2_500 : 200;
  let written = 0;
  for (const part of slices(rows, size)) {
    await insertRows(tx, table, part);
    written += part.length;
    await between(written);
  }
}

/**
 * Many rows of one table. On PostgreSQL, a column at a time (`insertByColumns`). On SQLite the
 * transaction already holds the writer connection, and building a query object per row costs more
 * than SQLite's own work, so the rows go through one prepared statement on that same connection:
 * the same values drizzle would bind (each column's own conversion: booleans, dates), a fraction of
 * the time. Every row must carry the same keys (the columns written; the rest take their defaults).
 */
export async function insertRows<T extends SQLiteTable>(tx: Conn, table: T, rows: T["$inferInsert"][]): Promise<void> {
  if (rows.length === 0) return;
  if (engine() === "pg") return insertByColumns(tx, table, rows);
  const writer = sqliteEngine()?.writer;
  if (!writer) return insertMany(tx, table, rows);
  if (!writer.inTransaction) throw new Error("Bulk inserts on SQLite run inside withTransaction, which holds the writer.");
  const columns = getTableColumns(table) as Record<string, { name: string; mapToDriverValue(value: unknown): unknown }>;
  const keys = Object.keys(rows[0]).filter((key) => key in columns);
  const statement = preparedInsert(writer, table, keys.map((key) => columns[key].name));
  const values: unknown[] = new Array(keys.length);
  for (const row of rows as Record<string, unknown>[]) {
    for (let i = 0; i < keys.length; i++) {
      const value = row[keys[i]];
      values[i] = value === null || value === undefined ? null : columns[keys[i]].mapToDriverValue(value);
    }
    statement.run(values);
  }
}

/** PostgreSQL: one statement per slice whatever its size, a column at a time (`columnsFromArrays`). */
async function insertByColumns<T extends SQLiteTable>(tx: Conn, table: T, rows: T["$inferInsert"][]): Promise<void> {
  await executeStatement(tx, sql`insert into ${table} ${columnsFromArrays(table, rows)}`);
}

const insertStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function preparedInsert(writer: Database.Database, table: SQLiteTable, columnNames: string[]): Database.Statement {
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const text = `insert into ${quote(getTableName(table))} (${columnNames.map(quote).join(", ")}) values (${columnNames.map(() => "?").join(", ")})`;
  const cache = insertStatements.get(writer) ?? new Map<string, Database.Statement>();
  insertStatements.set(writer, cache);
  let statement = cache.get(text);
  if (!statement) {
    statement = writer.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

/** SQLite's page cache for an import's transaction, in KiB: see `withImportCache`. */
const IMPORT_CACHE_KIB = 64 * 1024;

/**
 * Runs an import's writes with a larger SQLite page cache (64 MiB instead of 2), put back after.
 *
 * Why: a transaction larger than the cache writes ("spills") its least recently used pages to the
 * WAL before COMMIT. A page spilled and then changed again is rewritten in place, and COMMIT then
 * re-reads and re-checksums every WAL frame from the first such rewrite to the end — for an
 * import of 10,000 forecasts, 450 MB re-read in one synchronous step (280–420 ms during which the
 * server answered nobody). With room for the pages an import keeps coming back to (the right-hand
 * leaves of each index, the forecasts' rows until their resolutions are in, the tallies), spilled
 * pages are ones it is done with, and COMMIT only writes what is left in the cache (under 20 ms).
 * Only the import's own transaction has the larger cache; it holds the writer meanwhile.
 */
export async function withImportCache<T>(work: () => Promise<T>): Promise<T> {
  const writer = engine() === "pg" ? null : sqliteEngine()?.writer;
  if (!writer) return work();
  const before = writer.pragma("cache_size", { simple: true }) as number;
  writer.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  try {
    return await work();
  } finally {
    writer.pragma(`cache_size = ${before}`);
  }
}

/**
 * PostgreSQL: fresh statistics for the tables an import just filled, inside its transaction.
 * Without them the planner still sees the tables as they were before (empty, on a new install) and
 * reads each batch of forecasts to score by scanning every prediction written so far.
 * A no-op on SQLite, whose plans do not depend on statistics here.
 */
export async function analyzeImportedTables(tx: Conn): Promise<void> {
  if (engine() !== "pg") return;
  await executeStatement(tx, sql`analyze ${forecast}, ${scenario}, ${forecastTag}, ${resolution}, ${prediction}, ${predictionProbability}`);
}

/**
 * SQLite: writes the words of the forecasts inserted so far into the search index now, while its
 * pages are in the cache, instead of at COMMIT, when FTS5 would otherwise update pages written
 * long before (see `withImportCache`). A no-op on PostgreSQL, whose search index is a plain index.
 */
export async function flushSearchIndex(tx: Conn): Promise<void> {
  if (engine() === "pg") return;
  await executeStatement(tx, sql`insert into forecast_search (forecast_search) values ('flush')`);
}

/** Everything scoring reads about these forecasts, for scoring many at once. */
export interface ForecastScoringRows {
  forecast: { id: string; closesAt: number; confidence: "low" | "moderate" | "high" | null; reportId: string | null };
  resolution: { outcomeScenarioId: string | null; annulled: boolean; outcomeKnownAt: number } | null;
  /** In position order. */
  scenarioIds: string[];
  predictions: { id: string; analystId: string; createdAt: number; probabilities: Record<string, number> }[];
}

/**
 * Four queries for a whole batch of forecasts (never one per forecast): rows, resolutions,
 * scenarios, and predictions with their probabilities, read through the prediction index.
 */
export async function scoringRowsOf(db: Conn, forecastIds: string[]): Promise<ForecastScoringRows[]> {
  if (forecastIds.length === 0) return [];
  // One after another: a PostgreSQL transaction is one connection, which runs one query at a time.
  const forecasts = await db.select({ id: forecast.id, closesAt: forecast.closesAt, confidence: forecast.confidence, reportId: forecast.reportId }).from(forecast).where(inArray(forecast.id, forecastIds));
  const resolutions = await db
    .select({ forecastId: resolution.forecastId, outcomeScenarioId: resolution.outcomeScenarioId, annulled: resolution.annulled, outcomeKnownAt: resolution.outcomeKnownAt })
    .from(resolution)
    .where(inArray(resolution.forecastId, forecastIds));
  const scenarios = await db.select({ id: scenario.id, forecastId: scenario.forecastId }).from(scenario).where(inArray(scenario.forecastId, forecastIds)).orderBy(asc(scenario.forecastId), asc(scenario.position));
  const probabilities = await db
    .select({
      predictionId: prediction.id,
      forecastId: prediction.forecastId,
      analystId: prediction.analystId,
      createdAt: prediction.createdAt,
      scenarioId: predictionProbability.scenarioId,
      tenths: predictionProbability.tenths,
    })
    .from(prediction)
    .innerJoin(predictionProbability, eq(predictionProbability.predictionId, prediction.id))
    .where(inArray(prediction.forecastId, forecastIds));
  const byForecast = new Map<string, ForecastScoringRows>(
    forecasts.map((f) => [f.id, { forecast: f, resolution: null, scenarioIds: [], predictions: [] }]),
  );
  for (const r of resolutions) byForecast.get(r.forecastId)!.resolution = r;
  for (const s of scenarios) byForecast.get(s.forecastId)!.scenarioIds.push(s.id);
  const predictions = new Map<string, ForecastScoringRows["predictions"][number]>();
  for (const row of probabilities) {
    let p = predictions.get(row.predictionId);
    if (!p) {
      p = { id: row.predictionId, analystId: row.analystId, createdAt: row.createdAt, probabilities: {} };
      predictions.set(row.predictionId, p);
      byForecast.get(row.forecastId)!.predictions.push(p);
    }
    p.probabilities[row.scenarioId] = row.tenths / 10;
  }
  return [...byForecast.values()];
}

/** Removes the stored scores of these forecasts, before they are stored afresh. */
export async function deleteScoresOfMany(tx: Conn, forecastIds: string[]): Promise<void> {
  await untallyStored(tx, forecastIds);
  for (const part of slices(forecastIds, IDS_PER_QUERY)) {
    await tx.delete(forecastScore).where(inArray(forecastScore.forecastId, part));
    await tx.delete(probabilityStatement).where(inArray(probabilityStatement.forecastId, part));
    await tx.delete(aggregateScore).where(inArray(aggregateScore.forecastId, part));
    await tx.delete(aggregateStatement).where(inArray(aggregateStatement.forecastId, part));
    await tx.delete(teamAggregateScore).where(inArray(teamAggregateScore.forecastId, part));
  }
}
