import "server-only";
import type { Conn } from "@/db/client";
import { findForecastRow, predictionsOf, resolutionOf, scenariosOf } from "@/db/queries/forecasts";
import type { ForecastScoringRows } from "@/db/queries/import";
import { deleteScoresOf, insertAggregateScore, replaceScoresOf } from "@/db/queries/scores";
import { teamsOfAnalysts } from "@/db/queries/tallies";
import { completeForScoring } from "@/lib/versions/carry-over";
import { carriedOverScenarioIds } from "../versions/carried-over";
import { rowsToStore } from "./score-rows";

/**
 * Recomputes a forecast's scores from its predictions with `lib/scoring` and stores them, with
 * each scored analyst's probability statements, the aggregate forecast's (everyone's median)
 * scores and each team's median, in the caller's transaction: the one that resolves, reopens or
 * imports the forecast. Reads of scores and calibration then scan these rows and never recompute;
 * since nothing else can change a resolved forecast's predictions (they are append-only and
 * refused once it is resolved), the stored rows stay exact (a team's median also changes with
 * its membership: `retallyMembership`).
 */
export async function storeScores(tx: Conn, forecastId: string): Promise<void> {
  const input = await scoringInputOf(tx, forecastId);
  if (!input) return deleteScoresOf(tx, forecastId);
  // The predictors' current teams, for each team's median (locked against a concurrent membership change on PostgreSQL).
  const teams = await teamsOfAnalysts(tx, [...new Set(input.predictions.map((p) => p.analystId))]);
  const rows = rowsToStore(input, teams);
  await replaceScoresOf(tx, forecastId, rows.scores, rows.statements);
  if (rows.aggregate) await insertAggregateScore(tx, rows.aggregate, rows.aggregateStatements, rows.teamAggregates);
}

/** What scoring reads of a resolved (not annulled) forecast, its predictions completed for scenarios added later; null otherwise. */
export async function scoringInputOf(tx: Conn, forecastId: string): Promise<ForecastScoringRows | null> {
  // One query after another: a PostgreSQL transaction is one connection, and node-postgres is
  // dropping support for overlapping queries on one.
  const forecast = await findForecastRow(tx, forecastId);
  const resolution = await resolutionOf(tx, forecastId);
  if (!forecast || !resolution || resolution.annulled) return null;
  const scenarios = await scenariosOf(tx, forecastId);
  const predictions = await predictionsOf(tx, forecastId);
  const scenarioIds = scenarios.map((s) => s.id);
  // Scenarios added after some predictions (SPEC §2 versions): those predictions are completed or left out.
  const complete = completeForScoring(predictions, scenarioIds, await carriedOverScenarioIds(tx, forecastId, scenarios));
  return { forecast, resolution, scenarioIds, predictions: complete };
}
