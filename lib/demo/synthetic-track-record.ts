/**
 * A synthetic track record as the import JSON of SPEC §6: seeded, so the same options always give
 * the same file. Used by the import benchmark (10,000 forecasts, 200,000 predictions), the
 * property test of stored scores, and the practice history of the example workspace. Pure: it
 * reads no clock (`now` is given) and writes nothing.
 */
import type { ImportForecast } from "@/lib/scoring/import-body";
import { forecastText, pick, randomTenths, seededRandom, tagPicker } from "./synthetic";

const DAY = 86_400_000;

export interface TrackRecordOptions {
  forecasts: number;
  /** In all, the authors' first predictions included; at least one per forecast. */
  predictions: number;
  /** Emails of the analysts, who also author the forecasts. */
  analysts: string[];
  /** Share of the forecasts past their horizon that get a resolution (a few of those are annulled). */
  resolvedShare: number;
  seed: number;
  /** Every date lies before this instant (epoch ms). */
  now: number;
  /** How far back the oldest forecast may start, in days (default 730). */
  historyDays?: number;
  /** How recently the newest may start, in days (default 10). More than 187 makes every forecast closed by `now`. */
  minAgeDays?: number;
  /** Titles and statements; by default made of `forecastText`'s words. */
  text?: (random: () => number, index: number) => { title: string; statement: string };
}

export type SyntheticForecast = ImportForecast & { confidence: "low" | "moderate" | "high" };

export function syntheticTrackRecord(options: TrackRecordOptions): { forecasts: SyntheticForecast[] } {
  const random = seededRandom(options.seed);
  const nextTag = tagPicker(200);
  const perForecast = spread(options.predictions, options.forecasts);
  return { forecasts: perForecast.map((count, index) => syntheticForecast(random, nextTag, index, count, options)) };
}

/** `total` split over `parts` as evenly as whole numbers allow, each at least 1. */
function spread(total: number, parts: number): number[] {
  const base = Math.max(1, Math.floor(total / parts));
  const extra = Math.max(0, total - base * parts);
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

function syntheticForecast(random: () => number, nextTag: (random: () => number) => string, index: number, predictionCount: number, options: TrackRecordOptions): SyntheticForecast {
  const { now } = options;
  const historyDays = options.historyDays ?? 730;
  const minAgeDays = options.minAgeDays ?? 10;
  // Most forecasts start long enough ago to have closed; a few are still open.
  const createdAt = now - Math.floor((minAgeDays + random() * (historyDays - minAgeDays)) * DAY);
  const closesAt = createdAt + Math.floor((7 + random() * 180) * DAY);
  const scenarioCount = random() < 0.6 ? 2 : random() < 0.7 ? 3 : 4;
  const author = pick(random, options.analysts);
  const lastPredictionAt = Math.min(closesAt, now - 1);
  const taken = new Set<string>();
  /** A time not yet used by this analyst on this forecast, so no two of theirs share an instant. */
  const distinct = (analyst: string, at: number) => {
    let t = at;
    while (taken.has(`${analyst} ${t}`)) t = t > createdAt ? t - 1 : t + 1;
    taken.add(`${analyst} ${t}`);
    return t;
  };
  const predictions = Array.from({ length: predictionCount }, (_, j) => {
    const analyst = j === 0 ? author : pick(random, options.analysts);
    const at = j === 0 ? createdAt : createdAt + Math.floor(random() * (lastPredictionAt - createdAt));
    return { analyst, createdAt: new Date(distinct(analyst, at)).toISOString(), probabilities: randomTenths(random, scenarioCount).map((t) => t / 10) };
  });
  const closed = closesAt < now;
  const resolved = closed && random() < options.resolvedShare;
  const text = options.text?.(random, index) ?? forecastText(random);
  return {
    ...text,
    resolutionCriteria: "Resolved from open reporting by the horizon.",
    closesAt: new Date(closesAt).toISOString(),
    createdAt: new Date(createdAt).toISOString(),
    confidence: pick(random, ["low", "moderate", "high"] as const),
    author,
    tags: [...new Set([nextTag(random), nextTag(random)])],
    scenarios: Array.from({ length: scenarioCount }, (_, k) => ({ label: scenarioCount === 2 ? (k === 0 ? "Yes" : "No") : `Scenario ${k + 1}`, ...(k === 0 ? { baseline: true } : {}) })),
    predictions,
    ...(resolved ? { resolution: resolutionOf(random, createdAt, closesAt, now, scenarioCount) } : {}),
  };
}

/** Known at the horizon or up to three weeks before it (never before the forecast was made); one in thirty annulled. */
function resolutionOf(random: () => number, createdAt: number, closesAt: number, now: number, scenarioCount: number) {
  const outcomeKnownAt = new Date(Math.min(now, Math.max(createdAt, closesAt - Math.floor(random() * 21 * DAY)))).toISOString();
  return random() < 1 / 30 ? { annulled: true as const, outcomeKnownAt } : { outcome: Math.floor(random() * scenarioCount), outcomeKnownAt };
}
