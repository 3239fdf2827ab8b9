/**
 * The aggregate forecast of a group, SPEC §5: at time t, for each scenario the median of the
 * members' standing probabilities (their latest prediction made at or before t; the mean of the two
 * middle values for an even count), divided by the medians' sum so the vector sums to 1. The group
 * is a set of analyst ids, or everyone when it is null or left out.
 *
 * It is scored like an analyst: the final Brier and log score from the aggregate at `end` (each
 * member's final prediction, then the normalised medians), time-averaged ones from the group's
 * first prediction to `end`, the aggregate changing whenever a member predicts. Late predictions
 * are left out, and of two made at the same millisecond the greater id is the later, as everywhere
 * in scoring (see history.ts).
 *
 * Percentages come in and go out; the rules work on fractions. The bare math is first, then the
 * checked functions that callers use.
 */
import { brier, fractionsOf } from "./brier";
import { byStandingOrder } from "./history";
import { timeAveraged } from "./time-averaged";
import type { ForecastToScore, ScoredPrediction } from "./types";
import { checkForecast } from "./validate";
import { isLate, scoringEnd } from "./window";

export interface AggregateScore {
  /** ½ Σ (a_k − o_k)² of the final aggregate a, as fractions (lower is better). */
  finalBrier: number;
  /** ln a_j of the final aggregate (≤ 0, higher is better). */
  finalLogScore: number;
  timeAveragedBrier: number;
  timeAveragedLogScore: number;
  /** scenarioId → percent, summing to 100 (not rounded: the scores are computed from these). */
  finalProbabilities: Record<string, number>;
  /** Analysts of the group with a prediction in the window (made at or before its end). */
  members: number;
}

export interface AggregateStep {
  /** The moment one or more members predicted. */
  at: number;
  /** scenarioId → percent, summing to 100: the aggregate once every prediction of that moment counts. */
  probabilities: Record<string, number>;
}

/** An analyst id set, or null / undefined for everyone. */
export type AnalystGroup = ReadonlySet<string> | null | undefined;

// ---------------------------------------------------------------- bare math

/** Each share divided by the shares' sum. Every stored probability is ≥ 0.1%, so the sum is too. */
export function normalised(shares: readonly number[]): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (!(total > 0)) throw new Error(`Cannot aggregate: the medians sum to ${total}, so they cannot be scaled to sum to 1`);
  return shares.map((share) => share / total);
}

/** Sorted, non-empty. */
function middleOfSorted(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The aggregate of standing vectors (fractions, one per member, scenarios in order): normalised medians. */
export function normalisedMedian(vectors: readonly (readonly number[])[]): number[] {
  if (vectors.length === 0) throw new Error("Cannot aggregate: no member has a prediction standing");
  const medians = vectors[0].map((_, k) => middleOfSorted(vectors.map((v) => v[k]).sort((a, b) => a - b)));
  return normalised(medians);
}

/**
 * ln of the aggregate's share for the outcome. Members' shares are ≥ 0.1% and so are the medians,
 * so this is never ln 0; the guard stops corrupt data from scoring −∞ without a word.
 */
export function logOfAggregate(outcomeShare: number): number {
  if (!(outcomeShare > 0)) throw new Error(`Cannot score the aggregate: it gives the outcome ${outcomeShare}, and the log of that is not a number`);
  return Math.log(outcomeShare);
}

/**
 * One scenario's standing values, kept sorted as members come and go: a new prediction swaps the
 * member's old value for the new one by binary search, so the median is read off the middle
 * instead of sorting every member again at every step.
 */
class SortedColumn {
  private readonly values: number[] = [];

  /** The first index whose value is not below `value`. */
  private lowerBound(value: number): number {
    let low = 0;
    let high = this.values.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.values[mid] < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  insert(value: number): void {
    this.values.splice(this.lowerBound(value), 0, value);
  }

  /** `value` was inserted before; equal values are interchangeable, so any copy will do. */
  remove(value: number): void {
    this.values.splice(this.lowerBound(value), 1);
  }

  median(): number {
    return middleOfSorted(this.values);
  }
}

/**
 * The walk behind the steps and the scores: `members` are the group's predictions, none after
 * the end, in standing order. One step per distinct moment, after all of that moment's predictions.
 */
function walkAggregate(members: readonly ScoredPrediction[], scenarioIds: readonly string[]): { at: number; shares: number[] }[] {
  const columns = scenarioIds.map(() => new SortedColumn());
  const standing = new Map<string, number[]>();
  const steps: { at: number; shares: number[] }[] = [];
  members.forEach((prediction, i) => {
    const shares = fractionsOf(prediction.probabilities, scenarioIds);
    const previous = standing.get(prediction.analystId);
    columns.forEach((column, k) => {
      if (previous) column.remove(previous[k]);
      column.insert(shares[k]);
    });
    standing.set(prediction.analystId, shares);
    const lastOfItsMoment = i + 1 === members.length || members[i + 1].createdAt !== prediction.createdAt;
    if (lastOfItsMoment) steps.push({ at: prediction.createdAt, shares: normalised(columns.map((c) => c.median())) });
  });
  return steps;
}

// ---------------------------------------------------------------- checked, for callers

const percentages = (shares: readonly number[], scenarioIds: readonly string[]): Record<string, number> =>
  Object.fromEntries(scenarioIds.map((id, k) => [id, shares[k] * 100]));

/** The group's predictions made at or before `until`, in standing order. */
function membersUntil(predictions: readonly ScoredPrediction[], until: number, group: AnalystGroup): ScoredPrediction[] {
  return predictions.filter((p) => !isLate(p.createdAt, until) && (!group || group.has(p.analystId))).sort(byStandingOrder);
}

function checkInput(predictions: ScoredPrediction[], scenarioIds: string[], time: number, what: string): void {
  if (typeof time !== "number" || !Number.isFinite(time)) throw new Error(`Cannot aggregate: ${what} must be a time in epoch milliseconds, got ${String(time)}`);
  // checkForecast already checks the scenarios and every prediction; an annulled shell around
  // them reuses those checks without a second copy of them.
  checkForecast({ scenarioIds, closesAt: time, outcomeKnownAt: time, outcomeScenarioId: null, annulled: true, predictions });
}

/** The aggregate at `t` in percent, or null when no member has a prediction standing at t. */
export function aggregateAt(predictions: ScoredPrediction[], scenarioIds: string[], t: number, group?: AnalystGroup): Record<string, number> | null {
  checkInput(predictions, scenarioIds, t, "t");
  const latest = new Map<string, number[]>();
  for (const p of membersUntil(predictions, t, group)) latest.set(p.analystId, fractionsOf(p.probabilities, scenarioIds));
  return latest.size === 0 ? null : percentages(normalisedMedian([...latest.values()]), scenarioIds);
}

/**
 * The aggregate after each moment a member predicted, up to and including `end`, oldest first:
 * the points of a "team median" line. Between two steps it stays as the earlier one says.
 */
export function aggregateSteps(predictions: ScoredPrediction[], scenarioIds: string[], end: number, group?: AnalystGroup): AggregateStep[] {
  checkInput(predictions, scenarioIds, end, "end");
  return walkAggregate(membersUntil(predictions, end, group), scenarioIds).map((step) => ({ at: step.at, probabilities: percentages(step.shares, scenarioIds) }));
}

/** The group's scores on a resolved forecast; null when it is annulled or no member predicted in the window. */
export function scoreAggregate(forecast: ForecastToScore, group?: AnalystGroup): AggregateScore | null {
  checkForecast(forecast);
  if (forecast.annulled || forecast.outcomeScenarioId === null) return null;
  const { scenarioIds } = forecast;
  const end = scoringEnd(forecast.closesAt, forecast.outcomeKnownAt);
  const members = membersUntil(forecast.predictions, end, group);
  const steps = walkAggregate(members, scenarioIds);
  if (steps.length === 0) return null;

  const outcomeIndex = scenarioIds.indexOf(forecast.outcomeScenarioId);
  const briers = steps.map((s) => ({ createdAt: s.at, score: brier(s.shares, outcomeIndex) }));
  const logs = steps.map((s) => ({ createdAt: s.at, score: logOfAggregate(s.shares[outcomeIndex]) }));
  const final = steps.length - 1;
  return {
    finalBrier: briers[final].score,
    finalLogScore: logs[final].score,
    // Steps are at distinct moments, so each stands until the next member's prediction or the end.
    timeAveragedBrier: timeAveraged(briers, end),
    timeAveragedLogScore: timeAveraged(logs, end),
    finalProbabilities: percentages(steps[final].shares, scenarioIds),
    members: new Set(members.map((p) => p.analystId)).size,
  };
}

/**
 * SPEC §5 `of=aggregate`: the pairs calibration counts for the group on one forecast, one per
 * scenario of the final aggregate (percent), in scenario order; none when it is not scored.
 */
export function aggregateStatements(forecast: ForecastToScore, group?: AnalystGroup): { scenarioId: string; probability: number; outcome: 0 | 1 }[] {
  const score = scoreAggregate(forecast, group);
  if (!score) return [];
  return forecast.scenarioIds.map((scenarioId) => ({
    scenarioId,
    probability: score.finalProbabilities[scenarioId],
    outcome: scenarioId === forecast.outcomeScenarioId ? 1 : 0,
  }));
}
