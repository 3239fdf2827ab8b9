import { normalisedMedian } from "@/lib/scoring/aggregate";

const DAY_MS = 86_400_000;
export const SPARKLINE_DAYS = 90;
const WEEK_MS = 7 * DAY_MS;

export interface GlancePrediction {
  analystId: string;
  createdAt: number;
  /** scenarioId → percent; a scenario added later may be missing (read as 0). */
  probabilities: Record<string, number>;
}

export interface GlanceInput {
  scenarioIds: string[];
  baselineId: string;
  authorId: string;
  predictions: GlancePrediction[];
  /** The evidence-implied probability of the baseline now, in percent. */
  impliedBaseline: number | null;
  now: number;
}

/** A forecast's numbers at a glance (issue 16): all percentages of the baseline. */
export interface Glance {
  author: number | null;
  median: number | null;
  /** One value a day over the last 90 days, oldest first; null before anyone predicted. */
  sparkline: (number | null)[];
  /** How far the median moved over the last 7 days, in percentage points. */
  changeThisWeek: number;
  /** How far the stated median stands from what the evidence implies, in percentage points. */
  contested: number;
}

/** Each analyst's latest prediction made at or before `t`. */
function standingAt(predictions: GlancePrediction[], t: number): GlancePrediction[] {
  const latest = new Map<string, GlancePrediction>();
  for (const p of predictions) {
    if (p.createdAt > t) continue;
    const seen = latest.get(p.analystId);
    if (!seen || seen.createdAt <= p.createdAt) latest.set(p.analystId, p);
  }
  return [...latest.values()];
}

/** SPEC §5's aggregate (normalised per-scenario median) of the baseline at `t`, in percent. */
export function medianBaselineAt(input: Pick<GlanceInput, "scenarioIds" | "baselineId" | "predictions">, t: number): number | null {
  const standing = standingAt(input.predictions, t);
  if (standing.length === 0) return null;
  const vectors = standing.map((p) => input.scenarioIds.map((id) => Math.max(p.probabilities[id] ?? 0, 0.1) / 100));
  const shares = normalisedMedian(vectors);
  return round1(shares[input.scenarioIds.indexOf(input.baselineId)] * 100);
}

/** With `sparkline: false` (for ranking many forecasts) the 90 daily medians are skipped and the sparkline is empty. */
export function glanceOf(input: GlanceInput, options: { sparkline: boolean } = { sparkline: true }): Glance {
  const { predictions, now } = input;
  const authors = standingAt(predictions.filter((p) => p.analystId === input.authorId), now);
  const author = authors[0]?.probabilities[input.baselineId] ?? null;
  const median = medianBaselineAt(input, now);
  const sparkline: (number | null)[] = [];
  if (options.sparkline) for (let day = SPARKLINE_DAYS - 1; day >= 0; day--) sparkline.push(medianBaselineAt(input, now - day * DAY_MS));
  const weekAgo = medianBaselineAt(input, now - WEEK_MS);
  return {
    author,
    median,
    sparkline,
    changeThisWeek: median === null ? 0 : round1(Math.abs(median - (weekAgo ?? median))),
    contested: median === null || input.impliedBaseline === null ? 0 : round1(Math.abs(median - input.impliedBaseline)),
  };
}

/** "closes in 12 days", "closes today", "closed 3 days ago". */
export function closesIn(closesAt: number, now: number): string {
  const days = Math.round((closesAt - now) / DAY_MS);
  if (closesAt <= now) return days === 0 ? "closed today" : `closed ${-days} ${-days === 1 ? "day" : "days"} ago`;
  if (days === 0) return "closes today";
  return `closes in ${days} ${days === 1 ? "day" : "days"}`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
