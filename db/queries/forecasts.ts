import "server-only";
import { and, asc, count, desc, eq, gt, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { groupBy } from "@/lib/group-by";
import { engine, executeStatement, type Conn } from "../client";
import { forecast, forecastTag, prediction, predictionProbability, resolution, scenario, user } from "../schema";
import { first } from "./first";
import { containsText, likePattern } from "./text-search";

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
  if (tags.length > 0) await db.insert(forecastTag).values(tags.map((tag) => ({ forecastId: input.id, tag })));
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
  const probabilities = await db
    .select({ predictionId: predictionProbability.predictionId, scenarioId: predictionProbability.scenarioId, tenths: predictionProbability.tenths })
    .from(predictionProbability)
    .where(eq(predictionProbability.forecastId, forecastId));
  const byPrediction = new Map<string, Record<string, number>>();
  for (const p of probabilities) {
    const entry = byPrediction.get(p.predictionId) ?? {};
    entry[p.scenarioId] = p.tenths / 10;
    byPrediction.set(p.predictionId, entry);
  }
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
  authorId?: string;
  limit: number;
  cursor?: { createdAt: number; id: string };
  now: number;
}

const hasResolution = (annulled: boolean) =>
  sql`exists (select 1 from ${resolution} where ${resolution.forecastId} = ${forecast.id} and ${annulled ? resolution.annulled : sql`not ${resolution.annulled}`})`;
const hasNoResolution = sql`not exists (select 1 from ${resolution} where ${resolution.forecastId} = ${forecast.id})`;

function statusCondition(status: ForecastStatus, now: number): SQL | undefined {
  switch (status) {
    case "open":
      return and(gt(forecast.closesAt, now), hasNoResolution);
    case "closed":
      return and(lte(forecast.closesAt, now), hasNoResolution);
    case "resolved":
      return hasResolution(false);
    case "annulled":
      return hasResolution(true);
  }
}

/** Newest first, keyset-paginated on (createdAt, id). Returns one row more than asked to tell if there is a next page. */
export async function listForecastRows(db: Conn, query: ForecastListQuery) {
  const pattern = query.q ? likePattern(query.q) : null;
  const conditions = [
    query.status ? statusCondition(query.status, query.now) : undefined,
    query.tag ? sql`exists (select 1 from ${forecastTag} where ${forecastTag.forecastId} = ${forecast.id} and ${forecastTag.tag} = ${query.tag.toLowerCase()})` : undefined,
    pattern ? or(containsText(forecast.title, pattern), containsText(forecast.statement, pattern)) : undefined,
    query.reportId ? eq(forecast.reportId, query.reportId) : undefined,
    query.authorId ? eq(forecast.authorId, query.authorId) : undefined,
    query.cursor
      ? or(lt(forecast.createdAt, query.cursor.createdAt), and(eq(forecast.createdAt, query.cursor.createdAt), lt(forecast.id, query.cursor.id)))
      : undefined,
  ];
  return db
    .select({ forecast, authorName: user.name, resolution })
    .from(forecast)
    .innerJoin(user, eq(user.id, forecast.authorId))
    .leftJoin(resolution, eq(resolution.forecastId, forecast.id))
    .where(and(...conditions))
    .orderBy(desc(forecast.createdAt), desc(forecast.id))
    .limit(query.limit + 1);
}

export async function scenariosOfMany(db: Conn, forecastIds: string[]) {
  if (forecastIds.length === 0) return [];
  return db.select().from(scenario).where(inArray(scenario.forecastId, forecastIds)).orderBy(asc(scenario.position));
}

export async function allTags(db: Conn): Promise<{ tag: string; n: number }[]> {
  return db.select({ tag: forecastTag.tag, n: count() }).from(forecastTag).groupBy(forecastTag.tag).orderBy(asc(forecastTag.tag));
}

export async function authorsWithForecasts(db: Conn): Promise<{ id: string; name: string }[]> {
  return db.selectDistinct({ id: user.id, name: user.name }).from(forecast).innerJoin(user, eq(user.id, forecast.authorId)).orderBy(asc(user.name));
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
