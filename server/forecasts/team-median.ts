import "server-only";
import { getDb } from "@/db/client";
import { findForecastRow, predictionsOf, resolutionOf, scenariosOf } from "@/db/queries/forecasts";
import { scoresOfForecast } from "@/db/queries/scores";
import { teamMemberIds } from "@/db/queries/teams";
import { listTeams } from "@/db/queries/users";
import { canRead, type Actor } from "@/lib/auth/policy";
import { Forbidden, NotFound } from "@/lib/errors";
import { aggregateAt, aggregateSteps, scoreAggregate, type AggregateStep } from "@/lib/scoring";

export interface TeamMedianView {
  /** The team chosen, or null for everyone. */
  team: { id: string; name: string } | null;
  teams: { id: string; name: string }[];
  /** Per scenario, the group's normalised median now (or at the end of the scored window); null before anyone in it predicted. */
  median: { scenarioId: string; label: string; pct: number }[] | null;
  /** The median after each moment a member predicted, up to now (or the end of the scored window): the chart's bold line. */
  steps: AggregateStep[];
  /** After resolution: the median scored like an analyst, and how many of the scored analysts it beat on final Brier. */
  ranking: { finalBrier: number; beat: number; of: number } | null;
}

/**
 * SPEC §5's aggregate on a forecast's page: the normalised median of everyone's (or one team's)
 * standing predictions, and once resolved its final Brier ranked among the analysts' — a count
 * only, so no analyst learns another's individual score.
 */
export async function teamMedianOf(actor: Actor, forecastId: string, teamId: string | undefined, now: number): Promise<TeamMedianView> {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const [forecast, resolution, scenarios, predictions, teams] = await Promise.all([findForecastRow(db, forecastId), resolutionOf(db, forecastId), scenariosOf(db, forecastId), predictionsOf(db, forecastId), listTeams(db)]);
  if (!forecast) throw new NotFound("The forecast");
  const team = teams.find((t) => t.id === teamId) ?? null;
  const group = team ? new Set(await teamMemberIds(db, team.id)) : null;
  const scenarioIds = scenarios.map((s) => s.id);
  const scored = resolution && !resolution.annulled && resolution.outcomeScenarioId ? { ...resolution, outcomeScenarioId: resolution.outcomeScenarioId } : null;
  const at = scored ? Math.min(forecast.closesAt, scored.outcomeKnownAt) : now;
  const vector = aggregateAt(predictions, scenarioIds, at, group);
  let ranking: TeamMedianView["ranking"] = null;
  if (scored) {
    const score = scoreAggregate({ scenarioIds, closesAt: forecast.closesAt, outcomeKnownAt: scored.outcomeKnownAt, outcomeScenarioId: scored.outcomeScenarioId, annulled: false, predictions }, group);
    const analysts = (await scoresOfForecast(db, forecastId)).filter((s) => !group || group.has(s.analystId));
    if (score) ranking = { finalBrier: score.finalBrier, beat: analysts.filter((a) => score.finalBrier < a.finalBrier).length, of: analysts.length };
  }
  return {
    team,
    teams,
    steps: aggregateSteps(predictions, scenarioIds, at, group),
    median: vector ? scenarios.map((s) => ({ scenarioId: s.id, label: s.label, pct: vector[s.id] })) : null,
    ranking,
  };
}
