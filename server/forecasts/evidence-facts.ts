import "server-only";
import type { IndicatorFacts, PredictionFacts, ResolutionFacts, ScenarioRef } from "@/lib/evidence";
import type { ForecastFacts } from "./load-forecast";

/** The database rows of one forecast as the pure evidence code wants them. */
export function evidenceFactsOf(facts: ForecastFacts) {
  const eventTimes = new Map<string, number[]>();
  for (const { link, event } of facts.links) {
    eventTimes.set(link.indicatorId, [...(eventTimes.get(link.indicatorId) ?? []), event.occurredAt]);
  }
  const scenarios: ScenarioRef[] = facts.scenarios.map((s) => ({ id: s.id, label: s.label, baseline: s.baseline }));
  const indicators: IndicatorFacts[] = facts.indicators.map((i) => ({
    id: i.id,
    scenarioId: i.scenarioId,
    description: i.description,
    direction: i.direction,
    likelihoodRatio: i.likelihoodRatio,
    expectedBy: i.expectedBy,
    retired: i.retiredAt !== null,
    eventTimes: eventTimes.get(i.id) ?? [],
  }));
  const predictions: PredictionFacts[] = facts.predictions.map((p) => ({ analystId: p.analystId, createdAt: p.createdAt, probabilities: p.probabilities }));
  const resolution: ResolutionFacts | null = facts.resolution
    ? {
        annulled: facts.resolution.annulled,
        outcomeScenarioId: facts.resolution.outcomeScenarioId,
        outcomeKnownAt: facts.resolution.outcomeKnownAt,
        resolvedAt: facts.resolution.createdAt,
      }
    : null;
  return { scenarios, indicators, predictions, resolution };
}
