export type {
  AssessmentStatus,
  EventFacts,
  IndicatorFacts,
  IndicatorStatus,
  PredictionFacts,
  Probabilities,
  ResolutionFacts,
  ScenarioRef,
} from "./types";
export { firstObservedAt, indicatorStatusAt, overdueFrom } from "./indicator-status";
export { impliedProbabilities, priorOf } from "./implied";
export { assessAt, type Assessment, type AssessmentInput, type AssessmentReason } from "./assessment";
export { describeReason } from "./describe-reason";
export { buildTimeline, type Timeline, type TimelineInput, type TimelinePoint } from "./timeline";
export { compactEvidence, expandTimeline, type CompactTimeline } from "./compact-timeline";
