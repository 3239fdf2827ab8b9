import type { AssessmentStatus, Probabilities } from "./types";

interface Point {
  date: number;
  stated: Readonly<Record<string, Probabilities>>;
  implied: Probabilities;
  status: AssessmentStatus;
}

interface Prediction {
  analystId: string;
  createdAt: number;
  probabilities: Probabilities;
}

export interface CompactTimeline {
  start: number;
  end: number;
  predictions: Prediction[];
  evidence: { date: number; implied: Probabilities; status: AssessmentStatus }[];
}

/** Keeps the evidence only where it changes: a busy forecast's points repeat it thousands of times. */
export function compactEvidence(points: readonly Point[]): CompactTimeline["evidence"] {
  const steps: CompactTimeline["evidence"] = [];
  for (const point of points) {
    const last = steps.at(-1);
    if (last && last.status === point.status && sameProbabilities(last.implied, point.implied)) continue;
    steps.push({ date: point.date, implied: point.implied, status: point.status });
  }
  return steps;
}

/**
 * Rebuilds a point at the start, at every prediction, at every evidence change and at the end:
 * every moment a line can step. `stated` maps are shared between points while nothing changes.
 */
export function expandTimeline(compact: CompactTimeline): Point[] {
  const predictions = compact.predictions.filter((p) => p.createdAt <= compact.end).sort((a, b) => a.createdAt - b.createdAt);
  const times = [...new Set([compact.start, ...predictions.map((p) => p.createdAt), ...compact.evidence.map((e) => e.date), compact.end])]
    .filter((t) => t >= compact.start && t <= compact.end)
    .sort((a, b) => a - b);
  const points: Point[] = [];
  let stated: Record<string, Probabilities> = {};
  let nextPrediction = 0;
  let nextEvidence = 0;
  let evidence = compact.evidence[0];
  for (const t of times) {
    if (nextPrediction < predictions.length && predictions[nextPrediction].createdAt <= t) {
      stated = { ...stated };
      while (nextPrediction < predictions.length && predictions[nextPrediction].createdAt <= t) {
        const p = predictions[nextPrediction++];
        stated[p.analystId] = p.probabilities;
      }
    }
    while (nextEvidence < compact.evidence.length && compact.evidence[nextEvidence].date <= t) evidence = compact.evidence[nextEvidence++];
    if (evidence) points.push({ date: t, stated, implied: evidence.implied, status: evidence.status });
  }
  return points;
}

function sameProbabilities(a: Probabilities, b: Probabilities): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
