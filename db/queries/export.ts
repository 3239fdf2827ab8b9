import "server-only";
import { and, asc, eq, gt, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { groupBy } from "@/lib/group-by";
import type { Conn } from "../client";
import { forecast, forecastScore, forecastTag, prediction, predictionProbability, resolution, scenario, teamMember, user } from "../schema";

/**
 * What `GET /api/v1/export` selects: forecasts with a resolution (resolved or annulled) matching
 * SPEC §5's filters, read a page at a time. `analystIds` is whose predictions are exported (null:
 * everyone's); with a list, only forecasts on which one of them predicted are selected.
 */
export interface ExportFilter {
  analystIds: string[] | null;
  tag?: string;
  reportId?: string;
  confidence?: "low" | "moderate" | "high";
  from?: number;
  to?: number;
  matured?: boolean;
}

export interface ExportCursor {
  createdAt: number;
  id: string;
}

function exportConditions(filter: ExportFilter, cursor?: ExportCursor): SQL | undefined {
  return and(
    filter.analystIds
      ? sql`exists (select 1 from ${prediction} where ${prediction.forecastId} = ${forecast.id} and ${inArray(prediction.analystId, filter.analystIds)})`
      : undefined,
    filter.tag ? sql`exists (select 1 from ${forecastTag} where ${forecastTag.forecastId} = ${forecast.id} and ${forecastTag.tag} = ${filter.tag.toLowerCase()})` : undefined,
    filter.reportId ? eq(forecast.reportId, filter.reportId) : undefined,
    filter.confidence ? eq(forecast.confidence, filter.confidence) : undefined,
    filter.from !== undefined ? gte(resolution.outcomeKnownAt, filter.from) : undefined,
    filter.to !== undefined ? lte(resolution.outcomeKnownAt, filter.to) : undefined,
    filter.matured ? gte(resolution.outcomeKnownAt, forecast.closesAt) : undefined,
    cursor ? or(gt(forecast.createdAt, cursor.createdAt), and(eq(forecast.createdAt, cursor.createdAt), gt(forecast.id, cursor.id))) : undefined,
  );
}

/** One page of selected forecasts with their resolutions, oldest first (keyset on createdAt, id). */
export function exportForecastPage(db: Conn, filter: ExportFilter, limit: number, cursor?: ExportCursor) {
  return db
    .select({
      id: forecast.id,
      title: forecast.title,
      statement: forecast.statement,
      resolutionCriteria: forecast.resolutionCriteria,
      closesAt: forecast.closesAt,
      createdAt: forecast.createdAt,
      confidence: forecast.confidence,
      authorId: forecast.authorId,
      excerpt: forecast.excerpt,
      outcomeScenarioId: resolution.outcomeScenarioId,
      annulled: resolution.annulled,
      outcomeKnownAt: resolution.outcomeKnownAt,
      rationale: resolution.rationale,
      resolverId: resolution.resolverId,
    })
    .from(forecast)
    .innerJoin(resolution, eq(resolution.forecastId, forecast.id))
    .where(exportConditions(filter, cursor))
    .orderBy(asc(forecast.createdAt), asc(forecast.id))
    .limit(limit);
}

export interface ExportDetails {
  scenarios: Map<string, { id: string; label: string; description: string; baseline: boolean }[]>;
  tags: Map<string, string[]>;
  /** Oldest first, (createdAt, id); probabilities in scenario order are put together by the caller. */
  predictions: Map<string, { id: string; analystId: string; createdAt: number; rationale: string; tenths: Map<string, number> }[]>;
  scores: Map<string, (typeof forecastScore.$inferSelect)[]>;
}

/** Everything else the page's forecasts need, a query per kind. */
export async function exportDetailsOf(db: Conn, forecastIds: string[], analystIds: string[] | null): Promise<ExportDetails> {
  if (forecastIds.length === 0) return { scenarios: new Map(), tags: new Map(), predictions: new Map(), scores: new Map() };
  const whose = analystIds ? inArray(prediction.analystId, analystIds) : undefined;
  const [scenarioRows, tagRows, predictionRows, probabilityRows, scoreRows] = await Promise.all([
    db
      .select({ id: scenario.id, forecastId: scenario.forecastId, label: scenario.label, description: scenario.description, baseline: scenario.baseline })
      .from(scenario)
      .where(inArray(scenario.forecastId, forecastIds))
      .orderBy(asc(scenario.forecastId), asc(scenario.position)),
    db.select().from(forecastTag).where(inArray(forecastTag.forecastId, forecastIds)).orderBy(asc(forecastTag.tag)),
    db
      .select({ id: prediction.id, forecastId: prediction.forecastId, analystId: prediction.analystId, createdAt: prediction.createdAt, rationale: prediction.rationale })
      .from(prediction)
      .where(and(inArray(prediction.forecastId, forecastIds), whose))
      .orderBy(asc(prediction.forecastId), asc(prediction.createdAt), asc(prediction.id)),
    db
      .select({ predictionId: predictionProbability.predictionId, scenarioId: predictionProbability.scenarioId, tenths: predictionProbability.tenths })
      .from(prediction)
      .innerJoin(predictionProbability, eq(predictionProbability.predictionId, prediction.id))
      .where(and(inArray(prediction.forecastId, forecastIds), whose)),
    db
      .select()
      .from(forecastScore)
      .where(and(inArray(forecastScore.forecastId, forecastIds), analystIds ? inArray(forecastScore.analystId, analystIds) : undefined)),
  ]);
  const tenthsOf = new Map<string, Map<string, number>>();
  for (const row of probabilityRows) {
    const entry = tenthsOf.get(row.predictionId) ?? new Map<string, number>();
    entry.set(row.scenarioId, row.tenths);
    tenthsOf.set(row.predictionId, entry);
  }
  return {
    scenarios: groupBy(scenarioRows, (row) => row.forecastId),
    tags: new Map([...groupBy(tagRows, (row) => row.forecastId)].map(([id, rows]) => [id, rows.map((row) => row.tag)])),
    predictions: new Map(
      [...groupBy(predictionRows, (row) => row.forecastId)].map(([id, rows]) => [id, rows.map((row) => ({ ...row, tenths: tenthsOf.get(row.id) ?? new Map() }))]),
    ),
    scores: groupBy(scoreRows, (row) => row.forecastId),
  };
}

export async function emailsOf(db: Conn, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.id, ids));
  return new Map(rows.map((row) => [row.id, row.email]));
}

export async function teamMemberIds(db: Conn, teamId: string): Promise<string[]> {
  return (await db.select({ userId: teamMember.userId }).from(teamMember).where(eq(teamMember.teamId, teamId))).map((row) => row.userId);
}
