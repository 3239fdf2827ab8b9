import "server-only";
import type { Conn } from "@/db/client";
import { deleteScoresOfMany, insertInSlices, scoringRowsOf, type ScoreInsert, type StatementInsert } from "@/db/queries/import";
import { aggregateScore, aggregateStatement, forecastScore, probabilityStatement, teamAggregateScore, type AggregateScoreRow, type AggregateStatementRow, type TeamAggregateScoreRow } from "@/db/schema";
import { keyed } from "@/db/queries/scores";
import { adjustTallies, teamsOfAnalysts } from "@/db/queries/tallies";
import { rowsToStore } from "../scoring/score-rows";

const FORECASTS_PER_BATCH = 100;

/**
 * `storeScores` for many forecasts at once (an import, generated demo data): the same rows
 * (`scoringRowsOf`: scores, statements and everyone's aggregate, with the filter keys) computed
 * from what is stored, in the caller's transaction, but read and written a batch of forecasts at a time
 * instead of a few queries per forecast. Forecasts without a resolution, or annulled, get no rows.
 * `pace` is called between steps (see `pacer`). Returns how many score rows were stored.
 */
export async function storeScoresOfMany(tx: Conn, forecastIds: string[], pace: () => Promise<void> = async () => {}): Promise<number> {
  let stored = 0;
  for (let start = 0; start < forecastIds.length; start += FORECASTS_PER_BATCH) {
    const batch = forecastIds.slice(start, start + FORECASTS_PER_BATCH);
    const scores: ScoreInsert[] = [];
    const statements: StatementInsert[] = [];
    const aggregates: AggregateScoreRow[] = [];
    const aggregatePairs: AggregateStatementRow[] = [];
    const teamAggregates: TeamAggregateScoreRow[] = [];
    const inputs = await scoringRowsOf(tx, batch);
    const teams = await teamsOfAnalysts(tx, [...new Set(inputs.flatMap((input) => input.predictions.map((p) => p.analystId)))]);
    for (const input of inputs) {
      const rows = rowsToStore(input, teams);
      teamAggregates.push(...rows.teamAggregates);
      scores.push(...rows.scores);
      statements.push(...rows.statements);
      if (rows.aggregate) aggregates.push(rows.aggregate);
      aggregatePairs.push(...rows.aggregateStatements);
      await pace();
    }
    await deleteScoresOfMany(tx, batch);
    await insertInSlices(tx, forecastScore, scores, pace);
    await insertInSlices(tx, probabilityStatement, statements, pace);
    await insertInSlices(tx, aggregateScore, aggregates, pace);
    await insertInSlices(tx, aggregateStatement, aggregatePairs, pace);
    await insertInSlices(tx, teamAggregateScore, teamAggregates, pace);
    await adjustTallies(tx, { statements: statements.map(keyed), scores: scores.map(keyed), aggregates: aggregates.map(keyed), aggregateStatements: aggregatePairs, teamAggregates }, 1);
    stored += scores.length;
  }
  return stored;
}
