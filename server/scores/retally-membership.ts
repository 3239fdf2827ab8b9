import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { engine, executeStatement, type Conn } from "@/db/client";
import { insertMany } from "@/db/queries/bulk";
import { keyed } from "@/db/queries/scores";
import { adjustTallies, teamsOfAnalysts } from "@/db/queries/tallies";
import { aggregateScore, forecastScore, prediction, probabilityStatement, teamAggregateScore, user } from "@/db/schema";
import { teamAggregatesOf } from "../scoring/score-rows";
import { scoringInputOf } from "../scoring/store-scores";

/**
 * Someone joins (`member` true) or leaves a team: changes the membership and, in the same
 * transaction, what is stored about the team — its tally rows gain or lose the person's stored
 * statements and scores, and the team's median is scored afresh on every resolved forecast the
 * person predicted on (the only ones whose median their move can change). A team's figures then
 * always equal a recomputation over its current members. On PostgreSQL the person's row is locked
 * first, so a resolution tallying their statements meanwhile waits, or is waited for.
 */
export async function changeMembership(tx: Conn, teamId: string, userId: string, member: boolean, apply: () => Promise<void>): Promise<void> {
  if (engine() === "pg") await executeStatement(tx, sql`select 1 from ${user} where ${user.id} = ${userId} for update`);
  const forecastIds = (
    await tx
      .selectDistinct({ forecastId: prediction.forecastId })
      .from(prediction)
      .innerJoin(aggregateScore, eq(aggregateScore.forecastId, prediction.forecastId))
      .where(eq(prediction.analystId, userId))
  ).map((r) => r.forecastId);
  await dropTeamMedians(tx, teamId, forecastIds);
  await apply();
  // One after another on the transaction's one connection.
  const statements = await tx.select().from(probabilityStatement).where(eq(probabilityStatement.analystId, userId));
  const scores = await tx.select().from(forecastScore).where(eq(forecastScore.analystId, userId));
  await adjustTallies(tx, { statements: statements.map(keyed), scores: scores.map(keyed), aggregates: [], aggregateStatements: [] }, member ? 1 : -1, { onlyTeam: teamId });
  await storeTeamMedians(tx, teamId, forecastIds);
}

async function dropTeamMedians(tx: Conn, teamId: string, forecastIds: string[]): Promise<void> {
  for (let start = 0; start < forecastIds.length; start += 1_000) {
    const where = and(eq(teamAggregateScore.teamId, teamId), inArray(teamAggregateScore.forecastId, forecastIds.slice(start, start + 1_000)));
    const rows = await tx.select().from(teamAggregateScore).where(where);
    await adjustTallies(tx, { statements: [], scores: [], aggregates: [], aggregateStatements: [], teamAggregates: rows }, -1, { onlyTeam: teamId });
    await tx.delete(teamAggregateScore).where(where);
  }
}

/** The team's median on these forecasts, over its members now, as `storeScores` scores it. */
async function storeTeamMedians(tx: Conn, teamId: string, forecastIds: string[]): Promise<void> {
  for (const forecastId of forecastIds) {
    const input = await scoringInputOf(tx, forecastId);
    if (!input?.resolution?.outcomeScenarioId) continue;
    const { forecast, resolution, scenarioIds, predictions } = input;
    const teams = await teamsOfAnalysts(tx, [...new Set(predictions.map((p) => p.analystId))]);
    const toScore = { scenarioIds, closesAt: forecast.closesAt, outcomeKnownAt: resolution.outcomeKnownAt, outcomeScenarioId: resolution.outcomeScenarioId, annulled: false, predictions };
    const keys = { forecastId, outcomeKnownAt: resolution.outcomeKnownAt, matured: resolution.outcomeKnownAt >= forecast.closesAt, confidence: forecast.confidence, reportId: forecast.reportId };
    const rows = teamAggregatesOf(toScore, keys, teams, teamId);
    await insertMany(tx, teamAggregateScore, rows);
    await adjustTallies(tx, { statements: [], scores: [], aggregates: [], aggregateStatements: [], teamAggregates: rows }, 1, { onlyTeam: teamId });
  }
}
