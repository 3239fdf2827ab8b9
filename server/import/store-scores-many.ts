import "server-only";
import { engine, type Conn } from "@/db/client";
import { deleteScoresOfMany, insertInSlices, scoringRowsOf, type ScoreInsert, type StatementInsert } from "@/db/queries/import";
import { aggregateScore, aggregateStatement, forecastScore, probabilityStatement, teamAggregateScore, type AggregateScoreRow, type AggregateStatementRow, type TeamAggregateScoreRow } from "@/db/schema";
import { keyed } from "@/db/queries/scores";
import { adjustTallies, teamsOfAnalysts, type TalliedRows } from "@/db/queries/tallies";
import { rowsToStore } from "../scoring/score-rows";

/**
 * Forecasts read and scored together. On SQLite each batch's reads run synchronously, so batches
 * stay small (a few milliseconds each); on PostgreSQL each query is a round trip, so larger.
 */
const forecastsPerBatch = () => (engine() === "pg" ? 200 : 25);

/**
 * `storeScores` for many forecasts at once (an import, generated demo data): the same rows
 * (`scoringRowsOf`: scores, statements and everyone's aggregate, with the filter keys) computed
 * from what is stored, in the caller's transaction, but read and written a batch of forecasts at a time
 * instead of a few queries per forecast. Forecasts without a resolution, or annulled, get no rows.
 * The tallies are adjusted once at the end for every batch together: the same sums, but each
 * tally row is upserted once instead of once per batch (an import's 7,600 resolved forecasts touch
 * the same few thousand rows 76 times over otherwise).
 * `pace` is called between steps (see `pacer`). Returns how many score rows were stored.
 */
export async function storeScoresOfMany(
  tx: Conn,
  forecastIds: string[],
  pace: () => Promise<void> = async () => {},
  /** The forecasts were created by this transaction (an import): no stored rows to take out first. */
  createdHere = false,
): Promise<number> {
  // Each forecast once: a second batch's delete would take rows out of the tallies before they were added.
  forecastIds = [...new Set(forecastIds)];
  let stored = 0;
  const tallied: TalliedRows = { statements: [], scores: [], aggregates: [], aggregateStatements: [], teamAggregates: [] };
  for (let start = 0; start < forecastIds.length; start += forecastsPerBatch()) {
    const batch = forecastIds.slice(start, start + forecastsPerBatch());
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
    if (!createdHere) await deleteScoresOfMany(tx, batch);
    await insertInSlices(tx, forecastScore, scores, pace);
    await insertInSlices(tx, probabilityStatement, statements, pace);
    await insertInSlices(tx, aggregateScore, aggregates, pace);
    await insertInSlices(tx, aggregateStatement, aggregatePairs, pace);
    await insertInSlices(tx, teamAggregateScore, teamAggregates, pace);
    for (const row of statements) tallied.statements.push(keyed(row));
    for (const row of scores) tallied.scores.push(keyed(row));
    for (const row of aggregates) tallied.aggregates.push(keyed(row));
    for (const row of aggregatePairs) tallied.aggregateStatements.push(row);
    for (const row of teamAggregates) tallied.teamAggregates!.push(row);
    stored += scores.length;
  }
  await adjustTallies(tx, tallied, 1, { pace });
  return stored;
}
