import "server-only";
import type { IndicatorFacts, PredictionFacts, ResolutionFacts, ScenarioRef } from "@/lib/evidence";
import type { IndicatorRow, ResolutionRow } from "@/db/schema";
import { groupBy } from "@/lib/group-by";
import type { ForecastFacts } from "./load-forecast";

export function toIndicatorFacts(row: IndicatorRow, eventTimes: number[]): IndicatorFacts {
  return {
    id: row.id,
    scenarioId: row.scenarioId,
    description: row.description,
    direction: row.direction,
    likelihoodRatio: row.likelihoodRatio,
    expectedBy: row.expectedBy,
    retired: row.retiredAt !== null,
    eventTimes,
  };
}

/** The database rows of one forecast as the pure evidence code wants them. */
export function evidenceFactsOf(facts: ForecastFacts) {
  const linksByIndicator = groupBy(facts.links, ({ link }) => link.indicatorId);
  const eventTimes = new Map([...linksByIndicator].map(([id, links]) => [id, links.map(({ event }) => event.occurredAt)]));
  const scenarios: ScenarioRef[] = facts.scenarios.map((s) => ({ id: s.id, label: s.label, baseline: s.baseline }));
  const indicators = facts.indicators.map((i) => toIndicatorFacts(i, eventTimes.get(i.id) ?? []));
  const predictions: PredictionFacts[] = facts.predictions.map((p) => ({ analystId: p.analystId, createdAt: p.createdAt, probabilities: p.probabilities }));
  return { scenarios, indicators, predictions, resolution: toResolutionFacts(facts.resolution) };
}

export function toResolutionFacts(row: ResolutionRow | null): ResolutionFacts | null {
  if (!row) return null;
  return { annulled: row.annulled, outcomeScenarioId: row.outcomeScenarioId, outcomeKnownAt: row.outcomeKnownAt, resolvedAt: row.createdAt };
}
