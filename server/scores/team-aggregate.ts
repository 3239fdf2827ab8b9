import "server-only";
import type { Conn } from "@/db/client";
import { findForecastRow, predictionsOf, resolutionOf, scenariosOf } from "@/db/queries/forecasts";
import { scoredForecastIds, type ScoreFilter } from "@/db/queries/scores";
import { teamMemberIds } from "@/db/queries/teams";
import { scoreAggregate, type AggregateScore } from "@/lib/scoring";

/**
 * A team's aggregate forecast (the median of its members, SPEC §5) over the filtered forecasts,
 * computed on request: membership changes, so it is not stored like everyone's. Scored only where
 * a member predicted in the window.
 */
export async function teamAggregateScores(db: Conn, teamId: string, filter: ScoreFilter): Promise<AggregateScore[]> {
  const members = new Set(await teamMemberIds(db, teamId));
  const forecastIds = await scoredForecastIds(db, { ...filter, analystIds: null, teamId });
  const scores: AggregateScore[] = [];
  for (const forecastId of forecastIds) {
    const [forecast, resolution, scenarios, predictions] = await Promise.all([findForecastRow(db, forecastId), resolutionOf(db, forecastId), scenariosOf(db, forecastId), predictionsOf(db, forecastId)]);
    if (!forecast || !resolution?.outcomeScenarioId) continue;
    const score = scoreAggregate(
      { scenarioIds: scenarios.map((s) => s.id), closesAt: forecast.closesAt, outcomeKnownAt: resolution.outcomeKnownAt, outcomeScenarioId: resolution.outcomeScenarioId, annulled: false, predictions },
      members,
    );
    if (score) scores.push(score);
  }
  return scores;
}
