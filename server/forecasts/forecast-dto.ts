import "server-only";
import type { ForecastScoreRow } from "@/db/schema";
import type { EventDto, ForecastDto, IndicatorDto, ResolutionDto, ScoreDto } from "@/lib/dto/forecast";
import { scoringEnd } from "@/lib/scoring";
import { assessAt, describeReason, indicatorStatusAt, priorOf } from "@/lib/evidence";
import { formatDay, toIso, toIsoOrNull } from "@/lib/format/dates";
import { statusOf } from "@/db/queries/forecasts";
import { evidenceFactsOf } from "./evidence-facts";
import type { ForecastFacts } from "./load-forecast";

/**
 * The forecast as SPEC §6 describes it. `mayReadScoresOf` keeps the scores the reader may see
 * (SPEC §1: an analyst sees their own; reviewers and managers everyone's); without it, none.
 */
export function toForecastDto(facts: ForecastFacts, now: number, mayReadScoresOf: (analystId: string) => boolean = () => false): ForecastDto {
  const { row } = facts;
  const evidence = evidenceFactsOf(facts);
  const prior = facts.prior ?? priorOf(evidence.predictions, row.authorId, evidence.scenarios);
  const assessment = assessAt({ scenarios: evidence.scenarios, indicators: evidence.indicators, prior, t: now, resolution: evidence.resolution });
  const linkCounts = new Map<string, number>();
  for (const { link } of facts.links) linkCounts.set(link.indicatorId, (linkCounts.get(link.indicatorId) ?? 0) + 1);

  const indicators: IndicatorDto[] = facts.indicators.map((row, index) => {
    const status = indicatorStatusAt(evidence.indicators[index], now);
    return {
      id: row.id,
      scenarioId: row.scenarioId,
      description: row.description,
      direction: row.direction,
      likelihoodRatio: row.likelihoodRatio,
      expectedBy: toIsoOrNull(row.expectedBy),
      status: status.status,
      observedAt: toIsoOrNull(status.observedAt),
      retired: row.retiredAt !== null,
      retiredAt: toIsoOrNull(row.retiredAt),
      createdAt: toIso(row.createdAt),
      linkCount: linkCounts.get(row.id) ?? 0,
    };
  });

  return {
    id: row.id,
    title: row.title,
    statement: row.statement,
    resolutionCriteria: row.resolutionCriteria,
    closesAt: toIso(row.closesAt),
    createdAt: toIso(row.createdAt),
    confidence: row.confidence,
    tags: facts.tags,
    status: statusOf(row, facts.resolution, now),
    authorId: row.authorId,
    teamId: row.teamId,
    reportId: row.reportId,
    excerpt: row.excerpt,
    scenarios: facts.scenarios.map((s) => ({ id: s.id, label: s.label, description: s.description, baseline: s.baseline })),
    predictions: facts.predictions.map((p) => ({ id: p.id, analystId: p.analystId, createdAt: toIso(p.createdAt), probabilities: p.probabilities, rationale: p.rationale })),
    indicators,
    events: eventsOf(facts),
    resolution: resolutionOf(facts),
    assessment: { status: assessment.status, implied: assessment.implied, reason: describeReason(assessment.reason, formatDay) },
    scores: facts.scores.filter((score) => mayReadScoresOf(score.analystId)).map(toScoreDto),
    version: row.version,
    people: Object.fromEntries([...facts.people].map(([id, person]) => [id, { name: person.name }])),
  };
}

function eventsOf(facts: ForecastFacts): EventDto[] {
  const byId = new Map<string, EventDto>();
  for (const { link, event } of facts.links) {
    const dto = byId.get(event.id) ?? {
      id: event.id,
      occurredAt: toIso(event.occurredAt),
      title: event.title,
      description: event.description,
      sourceUrl: event.sourceUrl,
      sourceReliability: event.sourceReliability,
      infoCredibility: event.infoCredibility,
      indicatorIds: [],
      links: [],
    };
    dto.indicatorIds.push(link.indicatorId);
    dto.links.push({ indicatorId: link.indicatorId, note: link.note });
    byId.set(event.id, dto);
  }
  return [...byId.values()];
}

function resolutionOf(facts: ForecastFacts): ResolutionDto | null {
  const r = facts.resolution;
  if (!r) return null;
  return {
    forecastId: r.forecastId,
    outcomeScenarioId: r.outcomeScenarioId,
    annulled: r.annulled,
    outcomeKnownAt: toIso(r.outcomeKnownAt),
    rationale: r.rationale,
    resolverId: r.resolverId,
    createdAt: toIso(r.createdAt),
    eventIds: facts.citedEventIds,
    scoringEnd: toIso(scoringEnd(facts.row.closesAt, r.outcomeKnownAt)),
  };
}

export function toScoreDto(row: ForecastScoreRow): ScoreDto {
  return {
    forecastId: row.forecastId,
    analystId: row.analystId,
    finalBrier: row.finalBrier,
    timeAveragedBrier: row.timeAveragedBrier,
    relativeBrier: row.relativeBrier,
    finalLogScore: row.finalLogScore,
    timeAveragedLogScore: row.timeAveragedLogScore,
    finalPredictionId: row.finalPredictionId,
    scoredPredictions: row.scoredPredictions,
    latePredictions: row.latePredictions,
  };
}
