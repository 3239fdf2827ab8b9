import "server-only";
import type { AggregateStatementRow, TeamAggregateScoreRow } from "../schema";
import { and, asc, avg, count, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Conn } from "../client";
import { aggregateScore, aggregateStatement, forecastScore, forecastTag, probabilityStatement, resolutionEvent, teamAggregateScore, teamMember, user } from "../schema";
import { insertMany } from "./bulk";
import { adjustTallies, untallyStored } from "./tallies";

export type ForecastScoreInsert = typeof forecastScore.$inferInsert;
export type StatementInsert = typeof probabilityStatement.$inferInsert;

/** Replaces a forecast's stored scores and statements: inside the transaction that resolved, reopened or imported it. */
export async function replaceScoresOf(tx: Conn, forecastId: string, scores: ForecastScoreInsert[], statements: StatementInsert[]): Promise<void> {
  await deleteScoresOf(tx, forecastId);
  await insertMany(tx, forecastScore, scores);
  await insertMany(tx, probabilityStatement, statements);
  await adjustTallies(tx, { statements: statements.map(keyed), scores: scores.map(keyed), aggregates: [], aggregateStatements: [] }, 1);
}

export async function deleteScoresOf(tx: Conn, forecastId: string): Promise<void> {
  await untallyStored(tx, [forecastId]);
  await tx.delete(forecastScore).where(eq(forecastScore.forecastId, forecastId));
  await tx.delete(probabilityStatement).where(eq(probabilityStatement.forecastId, forecastId));
  await tx.delete(aggregateScore).where(eq(aggregateScore.forecastId, forecastId));
  await tx.delete(aggregateStatement).where(eq(aggregateStatement.forecastId, forecastId));
  await tx.delete(teamAggregateScore).where(eq(teamAggregateScore.forecastId, forecastId));
}

/** Everyone's median (its score and statements), and each team's median, of a forecast just scored. */
export async function insertAggregateScore(tx: Conn, row: typeof aggregateScore.$inferInsert, statements: AggregateStatementRow[], teamAggregates: TeamAggregateScoreRow[]): Promise<void> {
  await tx.insert(aggregateScore).values(row);
  await insertMany(tx, aggregateStatement, statements);
  await insertMany(tx, teamAggregateScore, teamAggregates);
  await adjustTallies(tx, { statements: [], scores: [], aggregates: [keyed(row)], aggregateStatements: statements, teamAggregates }, 1);
}

/** An insert row with its optional filter keys made explicit, as the tallies read them. */
export function keyed<T extends { confidence?: "low" | "moderate" | "high" | null; reportId?: string | null }>(row: T): T & { confidence: "low" | "moderate" | "high" | null; reportId: string | null } {
  return { ...row, confidence: row.confidence ?? null, reportId: row.reportId ?? null };
}

export function scoresOfForecast(db: Conn, forecastId: string) {
  return db.select().from(forecastScore).where(eq(forecastScore.forecastId, forecastId)).orderBy(asc(forecastScore.analystId));
}

/** SPEC §5's filters, on the stored rows. `analystIds` is what the reader may see (null: everyone). */
export interface ScoreFilter {
  analystIds: string[] | null;
  teamId?: string;
  tag?: string;
  reportId?: string;
  confidence?: "low" | "moderate" | "high";
  from?: number;
  to?: number;
  matured?: boolean;
}

type Keyed = typeof forecastScore | typeof probabilityStatement | typeof aggregateScore | typeof aggregateStatement | typeof teamAggregateScore;

/** The same filter on either stored table: both carry the keys the filters use. */
export function scoreConditions(table: Keyed, filter: ScoreFilter, team: "members" | "probe" = "members"): SQL | undefined {
  return and(
    filter.analystIds && "analystId" in table ? inArray(table.analystId, filter.analystIds) : undefined,
    // "in (members)": the analyst index then reads the members' rows only — what sums over a team want.
    // A page in outcome order (`probe`) rather walks the outcome index and asks of each row whether its analyst belongs.
    filter.teamId && "analystId" in table
      ? team === "members"
        ? sql`${table.analystId} in (select ${teamMember.userId} from ${teamMember} where ${teamMember.teamId} = ${filter.teamId})`
        : sql`exists (select 1 from ${teamMember} where ${teamMember.teamId} = ${filter.teamId} and ${teamMember.userId} = ${table.analystId})`
      : undefined,
    filter.tag ? sql`exists (select 1 from ${forecastTag} where ${forecastTag.forecastId} = ${table.forecastId} and ${forecastTag.tag} = ${filter.tag.toLowerCase()})` : undefined,
    filter.reportId ? eq(table.reportId, filter.reportId) : undefined,
    filter.confidence ? eq(table.confidence, filter.confidence) : undefined,
    filter.from !== undefined ? gte(table.outcomeKnownAt, filter.from) : undefined,
    filter.to !== undefined ? lte(table.outcomeKnownAt, filter.to) : undefined,
    filter.matured ? eq(table.matured, true) : undefined,
  );
}

/** Per analyst: forecasts scored and the four means, over the filtered rows. */
export function analystMeans(db: Conn, filter: ScoreFilter) {
  return db
    .select({
      analystId: forecastScore.analystId,
      name: user.name,
      email: user.email,
      forecasts: count(),
      meanFinalBrier: avg(forecastScore.finalBrier),
      meanTimeAveragedBrier: avg(forecastScore.timeAveragedBrier),
      meanRelativeBrier: avg(forecastScore.relativeBrier),
      meanFinalLogScore: avg(forecastScore.finalLogScore),
    })
    .from(forecastScore)
    .innerJoin(user, eq(user.id, forecastScore.analystId))
    .where(scoreConditions(forecastScore, filter))
    .groupBy(forecastScore.analystId, user.name, user.email)
    .orderBy(asc(user.name), asc(forecastScore.analystId));
}

export interface ScoreRowCursor {
  outcomeKnownAt: number;
  forecastId: string;
  analystId: string;
}

export function encodeScoreRowCursor(c: ScoreRowCursor): string {
  return Buffer.from(JSON.stringify([c.outcomeKnownAt, c.forecastId, c.analystId])).toString("base64url");
}

export function decodeScoreRowCursor(cursor: string): ScoreRowCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 3 && typeof v[0] === "number" && typeof v[1] === "string" && typeof v[2] === "string") return { outcomeKnownAt: v[0], forecastId: v[1], analystId: v[2] };
  } catch {
    // reported by the caller
  }
  return null;
}

/** A page of the filtered (analyst, forecast) rows, the most recently known outcome first (one more than `limit`, to tell whether more follow). */
export function scoreRows(db: Conn, filter: ScoreFilter, limit: number, after: ScoreRowCursor | null) {
  const t = forecastScore;
  return db
    .select()
    .from(t)
    .where(
      and(
        scoreConditions(t, filter, "probe"),
        after
          ? or(
              lt(t.outcomeKnownAt, after.outcomeKnownAt),
              and(eq(t.outcomeKnownAt, after.outcomeKnownAt), gt(t.forecastId, after.forecastId)),
              and(eq(t.outcomeKnownAt, after.outcomeKnownAt), eq(t.forecastId, after.forecastId), gt(t.analystId, after.analystId)),
            )
          : undefined,
      ),
    )
    .orderBy(sql`${t.outcomeKnownAt} desc`, asc(t.forecastId), asc(t.analystId))
    .limit(limit + 1);
}

/** The events a reviewer cited for a forecast's resolution. */
export async function resolutionEventIdsOf(db: Conn, forecastId: string): Promise<string[]> {
  const rows = await db.select({ eventId: resolutionEvent.eventId }).from(resolutionEvent).where(eq(resolutionEvent.forecastId, forecastId)).orderBy(asc(resolutionEvent.eventId));
  return rows.map((row) => row.eventId);
}
