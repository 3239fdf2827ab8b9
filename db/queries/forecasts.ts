import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { groupBy } from "@/lib/group-by";
import type { Conn } from "../client";
import { forecast, forecastTag, prediction, predictionProbability, resolution, scenario, user } from "../schema";

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

export function insertForecast(db: Conn, input: NewForecast): void {
  const { tags, scenarios, ...row } = input;
  db.insert(forecast).values(row).run();
  scenarios.forEach((s, position) => db.insert(scenario).values({ ...s, forecastId: input.id, position }).run());
  for (const tag of tags) db.insert(forecastTag).values({ forecastId: input.id, tag }).run();
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
export function insertPrediction(db: Conn, input: NewPrediction): void {
  db.insert(prediction)
    .values({ id: input.id, forecastId: input.forecastId, analystId: input.analystId, createdAt: input.createdAt, rationale: input.rationale })
    .run();
  for (const [scenarioId, tenths] of Object.entries(input.tenths)) {
    db.insert(predictionProbability).values({ predictionId: input.id, scenarioId, tenths }).run();
  }
}

export function findForecastRow(db: Conn, id: string) {
  return db.select().from(forecast).where(eq(forecast.id, id)).get() ?? null;
}

export function scenariosOf(db: Conn, forecastId: string) {
  return db.select().from(scenario).where(eq(scenario.forecastId, forecastId)).orderBy(asc(scenario.position)).all();
}

export function tagsOf(db: Conn, forecastIds: string[]): Map<string, string[]> {
  if (forecastIds.length === 0) return new Map();
  const rows = db.select().from(forecastTag).where(inArray(forecastTag.forecastId, forecastIds)).orderBy(asc(forecastTag.tag)).all();
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
export function predictionsOf(db: Conn, forecastId: string): PredictionRecord[] {
  const rows = db.select().from(prediction).where(eq(prediction.forecastId, forecastId)).orderBy(asc(prediction.createdAt), asc(prediction.id)).all();
  const probabilities = db
    .select({ predictionId: predictionProbability.predictionId, scenarioId: predictionProbability.scenarioId, tenths: predictionProbability.tenths })
    .from(predictionProbability)
    .innerJoin(prediction, eq(prediction.id, predictionProbability.predictionId))
    .where(eq(prediction.forecastId, forecastId))
    .all();
  const byPrediction = new Map<string, Record<string, number>>();
  for (const p of probabilities) {
    const entry = byPrediction.get(p.predictionId) ?? {};
    entry[p.scenarioId] = p.tenths / 10;
    byPrediction.set(p.predictionId, entry);
  }
  return rows.map((row) => ({ id: row.id, analystId: row.analystId, createdAt: row.createdAt, rationale: row.rationale, probabilities: byPrediction.get(row.id) ?? {} }));
}

export function predictorIdsOf(db: Conn, forecastId: string): string[] {
  return db.selectDistinct({ id: prediction.analystId }).from(prediction).where(eq(prediction.forecastId, forecastId)).all().map((row) => row.id);
}

export function resolutionOf(db: Conn, forecastId: string) {
  return db.select().from(resolution).where(eq(resolution.forecastId, forecastId)).get() ?? null;
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
  sql`exists (select 1 from ${resolution} where ${resolution.forecastId} = ${forecast.id} and ${resolution.annulled} = ${annulled ? 1 : 0})`;
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

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Newest first, keyset-paginated on (createdAt, id). Returns one row more than asked to tell if there is a next page. */
export function listForecastRows(db: Conn, query: ForecastListQuery) {
  const pattern = query.q ? `%${escapeLike(query.q)}%` : null;
  const conditions = [
    query.status ? statusCondition(query.status, query.now) : undefined,
    query.tag ? sql`exists (select 1 from ${forecastTag} where ${forecastTag.forecastId} = ${forecast.id} and ${forecastTag.tag} = ${query.tag.toLowerCase()})` : undefined,
    pattern ? or(sql`${forecast.title} like ${pattern} escape '\\'`, sql`${forecast.statement} like ${pattern} escape '\\'`) : undefined,
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
    .limit(query.limit + 1)
    .all();
}

export function scenariosOfMany(db: Conn, forecastIds: string[]) {
  if (forecastIds.length === 0) return [];
  return db.select().from(scenario).where(inArray(scenario.forecastId, forecastIds)).orderBy(asc(scenario.position)).all();
}

export function allTags(db: Conn): { tag: string; n: number }[] {
  return db.select({ tag: forecastTag.tag, n: sql<number>`count(*)` }).from(forecastTag).groupBy(forecastTag.tag).orderBy(asc(forecastTag.tag)).all();
}

export function authorsWithForecasts(db: Conn): { id: string; name: string }[] {
  return db.selectDistinct({ id: user.id, name: user.name }).from(forecast).innerJoin(user, eq(user.id, forecast.authorId)).orderBy(asc(user.name)).all();
}


/**
 * The prior prediction of each forecast (SPEC §4): the author's first, else the first by anyone.
 * Returns forecastId -> (scenarioId -> percentage).
 */
export function priorPredictionsOf(db: Conn, forecastIds: string[]): Map<string, Record<string, number>> {
  const result = new Map<string, Record<string, number>>();
  if (forecastIds.length === 0) return result;
  const firstIds = db.all<{ forecastId: string; predictionId: string }>(sql`
    select forecast_id as forecastId, id as predictionId from (
      select p.forecast_id, p.id,
        row_number() over (partition by p.forecast_id order by (p.analyst_id = f.author_id) desc, p.created_at, p.id) as rank
      from ${prediction} p join ${forecast} f on f.id = p.forecast_id
      where p.forecast_id in ${forecastIds}
    ) where rank = 1`);
  if (firstIds.length === 0) return result;
  const forecastOf = new Map(firstIds.map((row) => [row.predictionId, row.forecastId]));
  const rows = db.select().from(predictionProbability).where(inArray(predictionProbability.predictionId, [...forecastOf.keys()])).all();
  for (const row of rows) {
    const forecastId = forecastOf.get(row.predictionId)!;
    const entry = result.get(forecastId) ?? {};
    entry[row.scenarioId] = row.tenths / 10;
    result.set(forecastId, entry);
  }
  return result;
}
