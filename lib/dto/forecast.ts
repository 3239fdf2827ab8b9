/** What the API and the pages get: SPEC §6 field names, ISO timestamps, percentages. */
export type ForecastStatus = "open" | "closed" | "resolved" | "annulled";
export type AssessmentStatus = "holding" | "contested" | "overtaken" | "borne_out" | "not_borne_out" | "annulled";
export type Confidence = "low" | "moderate" | "high";

export interface ScenarioDto {
  id: string;
  label: string;
  description: string;
  baseline: boolean;
}

export interface PredictionDto {
  id: string;
  analystId: string;
  createdAt: string;
  probabilities: Record<string, number>;
  rationale: string;
}

export interface IndicatorDto {
  id: string;
  scenarioId: string;
  description: string;
  direction: "for" | "against";
  likelihoodRatio: number;
  expectedBy: string | null;
  status: "pending" | "observed" | "overdue";
  observedAt: string | null;
  retired: boolean;
  retiredAt: string | null;
  createdAt: string;
  linkCount: number;
}

export interface EventDto {
  id: string;
  occurredAt: string;
  title: string;
  description: string;
  sourceUrl: string | null;
  sourceReliability: string | null;
  infoCredibility: number | null;
  indicatorIds: string[];
  links: { indicatorId: string; note: string }[];
}

/** One analyst's scores on one resolved forecast (SPEC §5): Brier 0–1 (lower is better), log ≤ 0 (higher is better). */
export interface ScoreDto {
  forecastId: string;
  analystId: string;
  finalBrier: number;
  timeAveragedBrier: number;
  relativeBrier: number;
  finalLogScore: number;
  timeAveragedLogScore: number;
  finalPredictionId: string;
  scoredPredictions: number;
  latePredictions: number;
}

export interface ResolutionDto {
  forecastId: string;
  outcomeScenarioId: string | null;
  annulled: boolean;
  outcomeKnownAt: string;
  rationale: string;
  resolverId: string | null;
  createdAt: string;
  /** The events the reviewer cited. */
  eventIds: string[];
  /** The end of the scoring window: min(closesAt, outcomeKnownAt). */
  scoringEnd: string;
}

export interface AssessmentDto {
  status: AssessmentStatus;
  implied: Record<string, number>;
  reason: string;
}

export interface ForecastSummaryDto {
  id: string;
  title: string;
  statement: string;
  closesAt: string;
  createdAt: string;
  confidence: Confidence | null;
  tags: string[];
  status: ForecastStatus;
  authorId: string;
  authorName: string;
  reportId: string | null;
  excerpt: string | null;
  teamId: string | null;
  scenarios: ScenarioDto[];
  assessment: { status: AssessmentStatus; reason: string };
}

export interface ForecastDto {
  id: string;
  title: string;
  statement: string;
  resolutionCriteria: string;
  closesAt: string;
  createdAt: string;
  confidence: Confidence | null;
  tags: string[];
  status: ForecastStatus;
  authorId: string;
  teamId: string | null;
  reportId: string | null;
  excerpt: string | null;
  scenarios: ScenarioDto[];
  predictions: PredictionDto[];
  /** Only with `predictionsLimit`: where the next, older page of predictions starts (null at the oldest). */
  predictionsNextCursor?: string | null;
  indicators: IndicatorDto[];
  events: EventDto[];
  resolution: ResolutionDto | null;
  assessment: AssessmentDto;
  /** One row per scored analyst once resolved (SPEC §5), only those the reader may see. */
  scores: ScoreDto[];
  /** Names of everyone who appears above, so a page needs no second lookup. */
  people: Record<string, { name: string }>;
  /** The question's version: 1 as created, raised by one with each edit (SPEC §2). */
  version: number;
  /** SPEC §2's independent first forecast: other analysts' numbers are left out until the reader predicts. */
  othersHidden?: boolean;
}

export interface TimelinePointDto {
  date: string;
  stated: Record<string, Record<string, number>>;
  implied: Record<string, number>;
  status: AssessmentStatus;
}

export interface TimelineDto {
  points: TimelinePointDto[];
  events: EventDto[];
}

/**
 * The chart's timeline, small enough to send to the browser: every prediction once, and the
 * evidence only where it changes. `expandTimeline` rebuilds the points from it.
 */
export interface CompactTimelineDto {
  start: string;
  end: string;
  predictions: { analystId: string; createdAt: string; probabilities: Record<string, number> }[];
  evidence: { date: string; implied: Record<string, number>; status: AssessmentStatus }[];
}
