import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { groupBy } from "@/lib/group-by";
import { engine, executeStatement, type Conn } from "../client";
import { forecast, forecastTag, prediction, predictionProbability, resolution, scenario, tagCount, user } from "../schema";
import { first } from "./first";
import { forecastMatches, forecastTitleHit, searchWords } from "./word-search";

export type ForecastStatus = "open" | "closed" | "resolved" | "annulled";

export interface NewForecast {
  id: string;
  title: string;
  statement: string;
  resolutionCriteria: string;
  closesAt: number;
  createdAt: number;
  confidence: "low" | "moderate" | "high" | null;
  teamId: string | null;
  authorId: string;
  reportId: string | null;
  excerpt: string | null;
  tags: string[];
  scenarios: { id: string; label: string; description: string; baseline: boolean }[];
}

export async function insertForecast(db: Conn, input: NewForecast): Promise<void> {
  const { tags, scenarios, ...row } = input;
  await db.insert(forecast).values(row);
  await db.insert(scenario).values(scenarios.map((s, position) => ({ ...s, forecastId: input.id, position })));
  if (tags.length > 0) await db.insert(forecastTag).values(tags.map((tag) => ({ forecastId: input.id, tag, createdAt: input.createdAt })));
}

export interface NewPrediction {
  id: string;
  forecastId: string;
  analystId: string;
  createdAt: number;
  rationale: string;
  /** scenarioId -> tenths of a percent */
  tenths: Record<string, number>;
}

/** The only write there is for predictions: they are append-only (SPEC §2). */
export async function insertPrediction(db: Conn, input: NewPrediction): Promise<void> {
  await db
    .insert(prediction)
    .values({ id: input.id, forecastId: input.forecastId, analystId: input.analystId, createdAt: input.createdAt, rationale: input.rationale });
  await db
    .insert(predictionProbability)
    .values(Object.entries(input.tenths).map(([scenarioId, tenths]) => ({ predictionId: input.id, forecastId: input.forecastId, scenarioId, tenths })));
}

/** When an analyst last predicted on a forecast, or null: their predictions are kept in strict time order. */
export async function lastPredictionAt(db: Conn, forecastId: string, analystId: string): Promise<number | null> {
  const row = await first(
    db
      .select({ createdAt: prediction.createdAt })
      .from(prediction)
      .where(and(eq(prediction.forecastId, forecastId), eq(prediction.analystId, analystId)))
      .orderBy(desc(prediction.createdAt))
      .limit(1),
  );
  return row?.createdAt ?? null;
}

export function findForecastRow(db: Conn, id: string) {
  return first(db.select().from(forecast).where(eq(forecast.id, id)).limit(1));
}

/**
 * Holds the forecast's row until the transaction ends, so that two writers deciding on the same
 * forecast (a prediction and a resolution) take turns. SQLite's writers already take turns.
 */
export async function lockForecast(tx: Conn, id: string): Promise<void> {
  if (engine() === "pg") await executeStatement(tx, sql`select 1 from ${forecast} where ${forecast.id} = ${id} for update`);
}

export async function scenariosOf(db: Conn, forecastId: string) {
  return db.select().from(scenario).where(eq(scenario.forecastId, forecastId)).orderBy(asc(scenario.position));
}

export async function tagsOf(db: Conn, forecastIds: string[]): Promise<Map<string, string[]>> {
  if (forecastIds.length === 0) return new Map();
  const rows = await db.select().from(forecastTag).where(inArray(forecastTag.forecastId, forecastIds)).orderBy(asc(forecastTag.tag));
  return new Map([...groupBy(rows, (row) => row.forecastId)].map(([id, tagged]) => [id, tagged.map((row) => row.tag)]));
}

export interface PredictionRecord {
  id: string;
  analystId: string;
  createdAt: number;
  rationale: string;
  /** scenarioId -> percentage */
  probabilities: Record<string, number>;
}

/** Oldest first. Two queries instead of one per prediction: a busy forecast holds thousands. */
export async function predictionsOf(db: Conn, forecastId: string): Promise<PredictionRecord[]> {
  const rows = await db.select().from(prediction).where(eq(prediction.forecastId, forecastId)).orderBy(asc(prediction.createdAt), asc(prediction.id));
  // Through the prediction ids, so each is a primary-key lookup: there is no index on forecast_id alone.
  const probabilities = await db
    .select({ predictionId: predictionProbability.predictionId, scenarioId: predictionProbability.scenarioId, tenths: predictionProbability.tenths })
    .from(predictionProbability)
    .where(inArray(predictionProbability.predictionId, db.select({ id: prediction.id }).from(prediction).where(eq(prediction.forecastId, forecastId))));
  const byPrediction = new Map<string, Record<string, number>>();
  for (const p of probabilities) {
    const entry = byPrediction.get(p.predictionId) ?? {};
    entry[p.scenarioId] = p.tenths / 10;
    byPrediction.set(p.predictionId, entry);
  }
  return rows.map((row) => ({ id: row.id, analystId: row.analystId, createdAt: row.createdAt, rationale: row.rationale, probabilities: byPrediction.get(row.id) ?? {} }));
}

/**
 * One page of a forecast's predictions, newest first, keyset-paginated on (createdAt, id) by the
 * index that serves the order; one row more than asked, to tell if there is a next page.
 */
export async function predictionsPageOf(db: Conn, forecastId: string, limit: number, cursor?: { createdAt: number; id: string }): Promise<PredictionRecord[]> {
  const rows = await db
    .select()
    .from(prediction)
    .where(
      and(
        eq(prediction.forecastId, forecastId),
        cursor ? or(lt(prediction.createdAt, cursor.createdAt), and(eq(prediction.createdAt, cursor.createdAt), lt(prediction.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(prediction.createdAt), desc(prediction.id))
    .limit(limit + 1);
  if (rows.length === 0) return [];
  const probabilities = await db
    .select({ predictionId: predictionProbability.predictionId, scenarioId: predictionProbability.scenarioId, tenths: predictionProbability.tenths })
    .from(predictionProbability)
    .where(inArray(predictionProbability.predictionId, rows.map((row) => row.id)));
  const byPrediction = new Map<string, Record<string, number>>();
  for (const p of probabilities) byPrediction.set(p.predictionId, { ...byPrediction.get(p.predictionId), [p.scenarioId]: p.tenths / 10 });
  return rows.map((row) => ({ id: row.id, analystId: row.analystId, createdAt: row.createdAt, rationale: row.rationale, probabilities: byPrediction.get(row.id) ?? {} }));
}

export async function predictorIdsOf(db: Conn, forecastId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ id: prediction.analystId }).from(prediction).where(eq(prediction.forecastId, forecastId));
  return rows.map((row) => row.id);
}

export function resolutionOf(db: Conn, forecastId: string) {
  return first(db.select().from(resolution).where(eq(resolution.forecastId, forecastId)).limit(1));
}

export function statusOf(row: { closesAt: number }, res: { annulled: boolean } | null, now: number): ForecastStatus {
  if (res) return res.annulled ? "annulled" : "resolved";
  return row.closesAt <= now ? "closed" : "open";
}

export interface ForecastListQuery {
  status?: ForecastStatus;
  tag?: string;
  q?: string;
  reportId?: string;
  authorIds?: string[];
  limit: number;
  cursor?: ForecastCursor;
  now: number;
}

/** Where a page ended: the last row's sort keys (`titleHit` only in a word search). */
export interface ForecastCursor {
  createdAt: number;
  id: string;
  titleHit?: number;
}

function statusCondition(status: ForecastStatus, now: number): SQL | undefined {
  switch (status) {
    case "open":
      return and(eq(forecast.state, "open"), gt(forecast.closesAt, now));
    case "closed":
      return and(eq(forecast.state, "open"), lte(forecast.closesAt, now));
    case "resolved":
      return eq(forecast.state, "resolved");
    case "annulled":
      return eq(forecast.state, "annulled");
  }
}

/** Rows after the cursor in the order (keys…) descending, each key compared in turn. */
function after(keys: SQL[], values: (number | string)[]): SQL | undefined {
  if (keys.length === 0) return undefined;
  const [key, ...rest] = keys;
  const [value, ...restValues] = values;
  const tail = after(rest, restValues);
  return tail ? or(lt(key, value), and(eq(key, value), tail)) : lt(key, value);
}

/**
 * Newest first, keyset-paginated on (createdAt, id); a word search puts title hits first. With a
 * tag the rows are read from the tag's index, which holds the forecasts' `createdAt` in order, so a
 * rare tag costs as little as a common one. Returns one row more than asked, to tell if there is
 * a next page.
 */
export async function listForecastRows(db: Conn, query: ForecastListQuery) {
  const words = query.q ? searchWords(query.q) : [];
  const tag = query.tag?.toLowerCase();
  // The sort keys come from forecast_tag when filtering by tag: the same values, served by its index.
  const createdAt = tag ? sql`${forecastTag.createdAt}` : sql`${forecast.createdAt}`;
  const id = tag ? sql`${forecastTag.forecastId}` : sql`${forecast.id}`;
  const titleHit = words.length > 0 ? forecastTitleHit(words) : null;
  const keys = titleHit ? [titleHit, createdAt, id] : [createdAt, id];
  const cursor = query.cursor;
  const conditions = [
    tag ? eq(forecastTag.tag, tag) : undefined,
    query.status ? statusCondition(query.status, query.now) : undefined,
    words.length > 0 ? forecastMatches(words) : undefined,
    query.reportId ? eq(forecast.reportId, query.reportId) : undefined,
    query.authorIds ? inArray(forecast.authorId, query.authorIds) : undefined,
    cursor ? after(keys, titleHit ? [cursor.titleHit ?? 0, cursor.createdAt, cursor.id] : [cursor.createdAt, cursor.id]) : undefined,
  ];
  const columns = { forecast, authorName: user.name, resolution, titleHit: titleHit ?? sql<number>`0` };
  const base = tag
    ? db.select(columns).from(forecastTag).innerJoin(forecast, eq(forecast.id, forecastTag.forecastId))
    : db.select(columns).from(forecast);
  return base
    .innerJoin(user, eq(user.id, forecast.authorId))
    .leftJoin(resolution, eq(resolution.forecastId, forecast.id))
    .where(and(...conditions))
    .orderBy(...keys.map((key) => desc(key)))
    .limit(query.limit + 1);
}

export async function scenariosOfMany(db: Conn, forecastIds: string[]) {
  if (forecastIds.length === 0) return [];
  return db.select().from(scenario).where(inArray(scenario.forecastId, forecastIds)).orderBy(asc(scenario.position));
}

/**
 * Tags starting with the text, the most used first, with how many forecasts carry each: read from
 * the counts the database keeps, never counted. Tags are few next to forecasts: a scan is cheap.
 */
export async function tagsStartingWith(db: Conn, prefix: string, limit: number): Promise<{ tag: string; forecasts: number }[]> {
  const start = prefix.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select({ tag: tagCount.tag, forecasts: tagCount.forecasts })
    .from(tagCount)
    .where(start ? sql`${tagCount.tag} like ${`${start}%`} escape '\\'` : undefined)
    .orderBy(desc(tagCount.forecasts), asc(tagCount.tag))
    .limit(limit);
}

/**
 * The prior prediction of each forecast (SPEC §4): the author's first, else the first by anyone.
 * Returns forecastId -> (scenarioId -> percentage).
 */
export async function priorPredictionsOf(db: Conn, forecastIds: string[]): Promise<Map<string, Record<string, number>>> {
  const result = new Map<string, Record<string, number>>();
  if (forecastIds.length === 0) return result;
  const ranked = db
    .select({
      forecastId: prediction.forecastId,
      predictionId: sql<string>`${prediction.id}`.as("prediction_id"),
      rank: sql<number>`row_number() over (partition by ${prediction.forecastId} order by case when ${prediction.analystId} = ${forecast.authorId} then 0 else 1 end, ${prediction.createdAt}, ${prediction.id})`.as("rank"),
    })
    .from(prediction)
    .innerJoin(forecast, eq(forecast.id, prediction.forecastId))
    .where(inArray(prediction.forecastId, forecastIds))
    .as("ranked");
  const firstIds = await db.select({ forecastId: ranked.forecastId, predictionId: ranked.predictionId }).from(ranked).where(eq(ranked.rank, 1));
  if (firstIds.length === 0) return result;
  const forecastOf = new Map(firstIds.map((row) => [row.predictionId, row.forecastId]));
  const rows = await db.select().from(predictionProbability).where(inArray(predictionProbability.predictionId, [...forecastOf.keys()]));
  for (const row of rows) {
    const forecastId = forecastOf.get(row.predictionId)!;
    const entry = result.get(forecastId) ?? {};
    entry[row.scenarioId] = row.tenths / 10;
    result.set(forecastId, entry);
  }
  return result;
}
