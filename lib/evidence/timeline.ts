import { assessAt, type Assessment } from "./assessment";
import { DAY_MS, startOfUtcDay } from "./day";
import { countsAsEvidenceAt, priorOf } from "./implied";
import { firstObservedAt } from "./indicator-status";
import type {
  AssessmentStatus,
  EventFacts,
  IndicatorFacts,
  PredictionFacts,
  Probabilities,
  ResolutionFacts,
  ScenarioRef,
} from "./types";

export interface TimelineInput {
  scenarios: ScenarioRef[];
  createdAt: number;
  /** Last point of the chart, the caller's choice (now, say, or the resolution). */
  end: number;
  predictions: PredictionFacts[];
  indicators: IndicatorFacts[];
  events: EventFacts[];
  authorId: string;
  resolution: ResolutionFacts | null;
}

export interface TimelinePoint {
  date: number;
  /** analystId → their latest prediction at or before `date`; analysts yet to predict are absent. */
  stated: Readonly<Record<string, Probabilities>>;
  implied: Probabilities;
  status: AssessmentStatus;
}

export interface Timeline {
  points: TimelinePoint[];
  /** Events up to `end`, oldest first; ones before `createdAt` count as evidence from the first point. */
  events: EventFacts[];
}

/**
 * The §6 timeline: a point at `createdAt`, at every UTC midnight after it, at every event,
 * prediction, first observation of an indicator and `outcomeKnownAt` in range, and at `end` — so
 * step lines change exactly where the data does. An `end` before `createdAt` gives a single point.
 *
 * One sort and one sweep: predictions are applied in time order, and the assessment is recomputed
 * only where it can change (an indicator's first observation, `outcomeKnownAt`). Points share
 * objects while nothing changes: the same `stated` map, the same `implied` map, and each analyst's
 * probabilities are the prediction's own object. Treat the result as read-only.
 */
export function buildTimeline(input: TimelineInput): Timeline {
  const { scenarios, createdAt, predictions, indicators, events, authorId, resolution } = input;
  const end = Math.max(input.end, createdAt);
  const prior = priorOf(predictions, authorId, scenarios);
  const changes = assessmentChangeTimes(indicators, prior, resolution);
  const dates = pointDates(createdAt, end, [
    events.map((e) => e.occurredAt),
    predictions.map((p) => p.createdAt),
    changes,
  ]);
  // Array.prototype.sort is stable: of two predictions at the same moment, the one listed later wins.
  const inOrder = predictions.filter((p) => p.createdAt <= end).sort((a, b) => a.createdAt - b.createdAt);

  const points: TimelinePoint[] = [];
  let stated: Record<string, Probabilities> = {};
  let nextPrediction = 0;
  let nextChange = 0;
  let assessment: Assessment | null = null;
  for (const date of dates) {
    if (nextPrediction < inOrder.length && inOrder[nextPrediction].createdAt <= date) {
      stated = { ...stated };
      while (nextPrediction < inOrder.length && inOrder[nextPrediction].createdAt <= date) {
        const prediction = inOrder[nextPrediction++];
        stated[prediction.analystId] = prediction.probabilities;
      }
    }
    if (assessment === null || (nextChange < changes.length && changes[nextChange] <= date)) {
      while (nextChange < changes.length && changes[nextChange] <= date) nextChange++;
      assessment = assessAt({ scenarios, indicators, prior, t: date, resolution });
    }
    points.push({ date, stated, implied: assessment.implied, status: assessment.status });
  }

  return {
    points,
    events: events.filter((e) => e.occurredAt <= end).sort((a, b) => a.occurredAt - b.occurredAt),
  };
}

/** Sorted times at which assessAt's answer can change; between two of them it is constant. */
function assessmentChangeTimes(
  indicators: IndicatorFacts[],
  prior: Probabilities,
  resolution: ResolutionFacts | null,
): number[] {
  const times: number[] = [];
  for (const indicator of indicators) {
    const observedAt = firstObservedAt(indicator);
    if (observedAt !== null && countsAsEvidenceAt(indicator, prior, observedAt)) times.push(observedAt);
  }
  if (resolution !== null) times.push(resolution.outcomeKnownAt);
  return times.sort((a, b) => a - b);
}

function pointDates(createdAt: number, end: number, extra: number[][]): number[] {
  const dates = [createdAt, end];
  for (let midnight = startOfUtcDay(createdAt) + DAY_MS; midnight <= end; midnight += DAY_MS) {
    dates.push(midnight);
  }
  for (const times of extra) {
    for (const t of times) if (t >= createdAt && t <= end) dates.push(t);
  }
  dates.sort((a, b) => a - b);
  let unique = 0;
  for (const date of dates) if (unique === 0 || dates[unique - 1] !== date) dates[unique++] = date;
  dates.length = unique;
  return dates;
}
