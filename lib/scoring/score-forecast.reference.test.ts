/**
 * The fast scoring checked against a slow, obviously correct reference (as properscoring checks
 * `crps_ensemble` against `crps_alt`), on a few hundred seeded random histories.
 *
 * The reference reads SPEC §5 literally and takes no shortcut: the standing prediction at any
 * moment is found by scanning every prediction; the time-averaged score walks the window in
 * half-hour slices (every random time is a whole number of half hours, so the walk is exact);
 * the relative Brier enumerates every UTC day and finds the crowd afresh each day.
 */
import { describe, expect, test } from "vitest";
import { seededRandom } from "@/lib/demo/synthetic";
import { scoreForecast } from "./score-forecast";
import { at, DAY, int, randomPercentages, shuffle } from "./test-builders";
import type { ForecastScores, ForecastToScore, ScoredPrediction } from "./types";

const STEP = 30 * 60_000;
const HISTORIES = 400;

// ---------------------------------------------------------------- the reference

/** Latest prediction of `analystId` made at or before t; of two at the same moment, the greater id. */
function standingAt(predictions: ScoredPrediction[], analystId: string, t: number): ScoredPrediction | undefined {
  let best: ScoredPrediction | undefined;
  for (const p of predictions) {
    if (p.analystId !== analystId || p.createdAt > t) continue;
    if (!best || p.createdAt > best.createdAt || (p.createdAt === best.createdAt && p.id > best.id)) best = p;
  }
  return best;
}

function brierOf(p: ScoredPrediction, f: ForecastToScore): number {
  let sum = 0;
  for (const k of f.scenarioIds) sum += (p.probabilities[k] / 100 - (k === f.outcomeScenarioId ? 1 : 0)) ** 2;
  return sum / 2;
}

const logOf = (p: ScoredPrediction, f: ForecastToScore): number => Math.log(p.probabilities[f.outcomeScenarioId!] / 100);

function middleOf(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
}

const dayOf = (t: number): number => t - (((t % DAY) + DAY) % DAY);

function referenceScores(f: ForecastToScore): ForecastScores {
  const end = Math.min(f.closesAt, f.outcomeKnownAt);
  if (f.annulled) return { end, analysts: [], statements: [] };
  const everyone = [...new Set(f.predictions.map((p) => p.analystId))].sort();
  const analysts: ForecastScores["analysts"] = [];
  const statements: ForecastScores["statements"] = [];

  for (const a of everyone) {
    const mine = f.predictions.filter((p) => p.analystId === a);
    const scored = mine.filter((p) => p.createdAt <= end);
    if (scored.length === 0) continue;
    const final = standingAt(f.predictions, a, end)!;
    const first = Math.min(...scored.map((p) => p.createdAt));

    let brierSlices = 0;
    let logSlices = 0;
    let slices = 0;
    for (let t = first; t < end; t += STEP) {
      const standing = standingAt(f.predictions, a, t)!;
      brierSlices += brierOf(standing, f);
      logSlices += logOf(standing, f);
      slices++;
    }

    let relativeSum = 0;
    let days = 0;
    for (let day = dayOf(first); day <= dayOf(end); day += DAY) {
      const cutoff = Math.min(day + DAY - 1, end);
      const crowd = everyone.map((b) => standingAt(f.predictions, b, cutoff)).filter((p) => p !== undefined);
      relativeSum += brierOf(standingAt(f.predictions, a, cutoff)!, f) - middleOf(crowd.map((p) => brierOf(p, f)));
      days++;
    }

    analysts.push({
      analystId: a,
      finalPredictionId: final.id,
      finalBrier: brierOf(final, f),
      finalLogScore: logOf(final, f),
      timeAveragedBrier: slices === 0 ? brierOf(final, f) : brierSlices / slices,
      timeAveragedLogScore: slices === 0 ? logOf(final, f) : logSlices / slices,
      relativeBrier: relativeSum / days,
      scoredPredictions: scored.length,
      latePredictionIds: mine
        .filter((p) => p.createdAt > end)
        .sort((p, q) => p.createdAt - q.createdAt || (p.id < q.id ? -1 : 1))
        .map((p) => p.id),
    });
    for (const k of f.scenarioIds) statements.push({ analystId: a, scenarioId: k, probability: final.probabilities[k], outcome: k === f.outcomeScenarioId ? 1 : 0 });
  }
  return { end, analysts, statements };
}

// ---------------------------------------------------------------- random histories

/**
 * Up to six days, up to five analysts with up to six predictions each. Times are whole half
 * hours, and on purpose often fall exactly on the end, on a UTC midnight, after the end, or on
 * another prediction's moment; outcomes become known before, at or after the horizon.
 */
function randomHistory(random: () => number): ForecastToScore {
  const scenarioIds = Array.from({ length: 2 + int(random, 4) }, (_, k) => `s${k}`);
  const start = at("2024-01-01T00:00Z") + int(random, 365) * DAY + int(random, 48) * STEP;
  const closesAt = start + (1 + int(random, 6 * 48)) * STEP;
  const known = random();
  const outcomeKnownAt = known < 0.3 ? start + int(random, (closesAt - start) / STEP + 1) * STEP : known < 0.6 ? closesAt : closesAt + int(random, 96) * STEP;
  const end = Math.min(closesAt, outcomeKnownAt);
  const annulled = random() < 0.05;

  const analysts = shuffle(random, ["ann", "bob", "cyd", "dee", "eve"]).slice(0, 1 + int(random, 5));
  const predictions: ScoredPrediction[] = [];
  for (const analystId of analysts) {
    let previous = start;
    for (let n = 1 + int(random, 6); n > 0; n--) {
      const kind = random();
      const createdAt =
        kind < 0.1 ? end
        : kind < 0.2 ? dayOf(start) + (1 + int(random, 6)) * DAY // a midnight, maybe after the end
        : kind < 0.3 ? previous // the same moment as this analyst's previous prediction
        : start + int(random, (closesAt - start) / STEP + 48) * STEP; // up to a day past the horizon
      previous = createdAt;
      const probabilities = Object.fromEntries(randomPercentages(random, scenarioIds.length).map((pct, k) => [scenarioIds[k], pct]));
      predictions.push({ id: `p${int(random, 1e6)}-${predictions.length}`, analystId, createdAt, probabilities });
    }
  }
  return {
    scenarioIds,
    closesAt,
    outcomeKnownAt,
    outcomeScenarioId: annulled ? null : scenarioIds[int(random, scenarioIds.length)],
    annulled,
    predictions: shuffle(random, predictions),
  };
}

// ---------------------------------------------------------------- the comparison

const histories = (() => {
  const random = seededRandom(20240301);
  return Array.from({ length: HISTORIES }, () => randomHistory(random));
})();

const TOLERANCE = 1e-12;

describe(`scoreForecast equals the slow reference on ${HISTORIES} random histories`, () => {
  test("the histories cover the cases that matter", () => {
    const ends = histories.map((f) => Math.min(f.closesAt, f.outcomeKnownAt));
    const count = (test: (f: ForecastToScore, end: number) => boolean) => histories.filter((f, i) => test(f, ends[i])).length;
    expect(count((f, end) => f.predictions.some((p) => p.createdAt > end))).toBeGreaterThan(50); // late predictions
    expect(count((f, end) => f.predictions.some((p) => p.createdAt === end))).toBeGreaterThan(50); // exactly at the end
    expect(count((f) => f.outcomeKnownAt < f.closesAt)).toBeGreaterThan(50); // resolved before the horizon
    expect(count((f) => f.annulled)).toBeGreaterThan(5);
    expect(count((f) => new Set(f.predictions.map((p) => p.analystId)).size % 2 === 0)).toBeGreaterThan(50); // even crowds
    expect(count((f) => f.predictions.some((p, i) => f.predictions.some((q, j) => i !== j && p.analystId === q.analystId && p.createdAt === q.createdAt)))).toBeGreaterThan(50); // ties
    expect(count((f, end) => Math.floor(end / DAY) - Math.floor(Math.min(...f.predictions.map((p) => p.createdAt)) / DAY) >= 3)).toBeGreaterThan(50); // several days
  });

  test("every score, id list and statement", () => {
    for (const [i, f] of histories.entries()) {
      const fast = scoreForecast(f);
      const slow = referenceScores(f);
      const where = `history ${i}`;
      expect(fast.end, where).toBe(slow.end);
      expect(fast.statements, where).toEqual(slow.statements);
      expect(fast.analysts.map((a) => a.analystId), where).toEqual(slow.analysts.map((a) => a.analystId));
      fast.analysts.forEach((a, k) => {
        const r = slow.analysts[k];
        const who = `${where}, ${a.analystId}`;
        expect({ finalPredictionId: a.finalPredictionId, scoredPredictions: a.scoredPredictions, latePredictionIds: a.latePredictionIds }, who).toEqual({
          finalPredictionId: r.finalPredictionId,
          scoredPredictions: r.scoredPredictions,
          latePredictionIds: r.latePredictionIds,
        });
        for (const key of ["finalBrier", "finalLogScore", "timeAveragedBrier", "timeAveragedLogScore", "relativeBrier"] as const) {
          expect(Math.abs(a[key] - r[key]), `${who}: ${key} ${a[key]} vs ${r[key]}`).toBeLessThan(TOLERANCE);
        }
      });
    }
  });

  test("the order of the input changes nothing", () => {
    const random = seededRandom(7);
    for (const f of histories) {
      expect(scoreForecast({ ...f, predictions: shuffle(random, f.predictions) })).toEqual(scoreForecast(f));
    }
  });
});
