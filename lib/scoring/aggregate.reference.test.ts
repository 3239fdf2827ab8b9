/**
 * The fast aggregate checked against a slow, obviously correct reference on a few hundred seeded
 * random histories and groups (as score-forecast.reference.test.ts does for analysts).
 *
 * The reference reads SPEC §5 literally and takes no shortcut: at any moment it finds each member's
 * standing prediction by scanning every prediction, sorts each scenario's values afresh for the
 * median, and works in percentages; the time-averaged score walks the window in half-hour slices
 * (every random time is a whole number of half hours, so the walk is exact).
 */
import { describe, expect, test } from "vitest";
import { seededRandom } from "@/lib/demo/synthetic";
import { aggregateAt, aggregateStatements, aggregateSteps, scoreAggregate, type AggregateScore } from "./aggregate";
import { at, DAY, int, randomPercentages, shuffle } from "./test-builders";
import type { ForecastToScore, ScoredPrediction } from "./types";

const STEP = 30 * 60_000;
const HISTORIES = 300;
const PERCENT_TOLERANCE = 1e-10; // percentages near 100: rounding differs in the 14th digit
const SCORE_TOLERANCE = 1e-12;

type Group = Set<string> | null;

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

function middleOf(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
}

const isMember = (group: Group, analystId: string): boolean => group === null || group.has(analystId);

function referenceAggregate(predictions: ScoredPrediction[], scenarioIds: string[], t: number, group: Group): Record<string, number> | null {
  const analysts = [...new Set(predictions.map((p) => p.analystId))].filter((a) => isMember(group, a));
  const standing = analysts.map((a) => standingAt(predictions, a, t)).filter((p) => p !== undefined);
  if (standing.length === 0) return null;
  const medians = scenarioIds.map((k) => middleOf(standing.map((p) => p.probabilities[k])));
  const sum = medians.reduce((s, m) => s + m, 0);
  return Object.fromEntries(scenarioIds.map((k, i) => [k, (medians[i] / sum) * 100]));
}

function memberPredictionsUntil(predictions: ScoredPrediction[], end: number, group: Group): ScoredPrediction[] {
  return predictions.filter((p) => p.createdAt <= end && isMember(group, p.analystId));
}

function referenceSteps(predictions: ScoredPrediction[], scenarioIds: string[], end: number, group: Group) {
  const moments = [...new Set(memberPredictionsUntil(predictions, end, group).map((p) => p.createdAt))].sort((a, b) => a - b);
  return moments.map((t) => ({ at: t, probabilities: referenceAggregate(predictions, scenarioIds, t, group)! }));
}

function referenceScore(f: ForecastToScore, group: Group): AggregateScore | null {
  if (f.annulled) return null;
  const end = Math.min(f.closesAt, f.outcomeKnownAt);
  const mine = memberPredictionsUntil(f.predictions, end, group);
  if (mine.length === 0) return null;
  const brierOf = (pct: Record<string, number>) => f.scenarioIds.reduce((s, k) => s + (pct[k] / 100 - (k === f.outcomeScenarioId ? 1 : 0)) ** 2, 0) / 2;
  const logOf = (pct: Record<string, number>) => Math.log(pct[f.outcomeScenarioId!] / 100);

  const final = referenceAggregate(f.predictions, f.scenarioIds, end, group)!;
  let brierSlices = 0;
  let logSlices = 0;
  let slices = 0;
  for (let t = Math.min(...mine.map((p) => p.createdAt)); t < end; t += STEP) {
    const aggregate = referenceAggregate(f.predictions, f.scenarioIds, t, group)!;
    brierSlices += brierOf(aggregate);
    logSlices += logOf(aggregate);
    slices++;
  }
  return {
    finalBrier: brierOf(final),
    finalLogScore: logOf(final),
    timeAveragedBrier: slices === 0 ? brierOf(final) : brierSlices / slices,
    timeAveragedLogScore: slices === 0 ? logOf(final) : logSlices / slices,
    finalProbabilities: final,
    members: new Set(mine.map((p) => p.analystId)).size,
  };
}

// ---------------------------------------------------------------- random histories

const ANALYSTS = ["ann", "bob", "cyd", "dee", "eve", "fay", "gus"];

/**
 * Up to six days, up to seven analysts with up to five predictions each, 2 to 5 scenarios. Times
 * are whole half hours and on purpose often fall exactly on the end, after it, or on another
 * prediction's moment (the same analyst's or someone else's).
 */
function randomHistory(random: () => number): ForecastToScore {
  const scenarioIds = Array.from({ length: 2 + int(random, 4) }, (_, k) => `s${k}`);
  const start = at("2024-01-01T00:00Z") + int(random, 365) * DAY + int(random, 48) * STEP;
  const closesAt = start + (1 + int(random, 6 * 48)) * STEP;
  const known = random();
  const outcomeKnownAt = known < 0.3 ? start + int(random, (closesAt - start) / STEP + 1) * STEP : known < 0.6 ? closesAt : closesAt + int(random, 96) * STEP;
  const end = Math.min(closesAt, outcomeKnownAt);
  const annulled = random() < 0.05;

  const analysts = shuffle(random, ANALYSTS).slice(0, 1 + int(random, ANALYSTS.length));
  const predictions: ScoredPrediction[] = [];
  for (const analystId of analysts) {
    for (let n = 1 + int(random, 5); n > 0; n--) {
      const kind = random();
      const createdAt =
        kind < 0.1 ? end
        : kind < 0.25 && predictions.length > 0 ? predictions[int(random, predictions.length)].createdAt // someone's moment, maybe their own
        : start + int(random, (closesAt - start) / STEP + 48) * STEP; // up to a day past the horizon
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

/** Everyone, a random team (maybe with someone who never predicted on this forecast), or nobody. */
function randomGroup(random: () => number): Group {
  const kind = random();
  if (kind < 0.4) return null;
  if (kind < 0.45) return new Set();
  return new Set([...ANALYSTS, "zed"].filter(() => random() < 0.5));
}

// ---------------------------------------------------------------- the comparison

const cases = (() => {
  const random = seededRandom(20240311);
  return Array.from({ length: HISTORIES }, () => ({ f: randomHistory(random), group: randomGroup(random) }));
})();

function expectSameVector(fast: Record<string, number> | null, slow: Record<string, number> | null, where: string): void {
  if (slow === null) return void expect(fast, where).toBeNull();
  expect(fast, where).not.toBeNull();
  expect(Object.keys(fast!), where).toEqual(Object.keys(slow));
  for (const k of Object.keys(slow)) expect(Math.abs(fast![k] - slow[k]), `${where}, ${k}: ${fast![k]} vs ${slow[k]}`).toBeLessThan(PERCENT_TOLERANCE);
}

describe(`the aggregate equals the slow reference on ${HISTORIES} random histories and groups`, () => {
  test("the histories cover the cases that matter", () => {
    const endOf = (f: ForecastToScore) => Math.min(f.closesAt, f.outcomeKnownAt);
    const count = (test: (f: ForecastToScore, group: Group, end: number) => boolean) => cases.filter(({ f, group }) => test(f, group, endOf(f))).length;
    const membersOf = (f: ForecastToScore, group: Group, end: number) => new Set(memberPredictionsUntil(f.predictions, end, group).map((p) => p.analystId)).size;
    expect(count((f, g, end) => membersOf(f, g, end) >= 2 && membersOf(f, g, end) % 2 === 0)).toBeGreaterThan(40); // even groups
    expect(count((f, g, end) => membersOf(f, g, end) >= 3 && membersOf(f, g, end) % 2 === 1)).toBeGreaterThan(40); // odd groups
    expect(count((f, g) => g !== null && g.size > 0 && f.predictions.some((p) => !g.has(p.analystId)))).toBeGreaterThan(40); // a group leaving someone out
    expect(count((f, g, end) => f.predictions.some((p) => p.createdAt > end && isMember(g, p.analystId)))).toBeGreaterThan(40); // late predictions
    expect(count((f) => f.predictions.some((p, i) => f.predictions.some((q, j) => i !== j && p.createdAt === q.createdAt)))).toBeGreaterThan(40); // same moments
    expect(count((f, g, end) => { // normalisation matters: the medians at the end do not sum to 100
      const standing = [...new Set(f.predictions.map((p) => p.analystId))].filter((a) => isMember(g, a)).map((a) => standingAt(f.predictions, a, end)).filter((p) => p !== undefined);
      return standing.length > 1 && Math.abs(f.scenarioIds.reduce((s, k) => s + middleOf(standing.map((p) => p.probabilities[k])), 0) - 100) > 1;
    })).toBeGreaterThan(40);
    expect(count((f, g, end) => { // Σ Δt = 0
      const mine = memberPredictionsUntil(f.predictions, end, g);
      return mine.length > 0 && mine.every((p) => p.createdAt === end);
    })).toBeGreaterThan(3);
    expect(count((f) => f.annulled)).toBeGreaterThan(5);
  });

  test("the steps", () => {
    for (const [i, { f, group }] of cases.entries()) {
      const end = Math.min(f.closesAt, f.outcomeKnownAt);
      const fast = aggregateSteps(f.predictions, f.scenarioIds, end, group);
      const slow = referenceSteps(f.predictions, f.scenarioIds, end, group);
      expect(fast.map((s) => s.at), `history ${i}`).toEqual(slow.map((s) => s.at));
      fast.forEach((step, k) => expectSameVector(step.probabilities, slow[k].probabilities, `history ${i}, step ${k}`));
    }
  });

  test("the aggregate at moments before, at, between and after the predictions", () => {
    const random = seededRandom(11);
    for (const [i, { f, group }] of cases.entries()) {
      const moments = f.predictions.flatMap((p) => [p.createdAt - 1, p.createdAt, p.createdAt + int(random, 48) * STEP]);
      for (const t of moments) {
        expectSameVector(aggregateAt(f.predictions, f.scenarioIds, t, group), referenceAggregate(f.predictions, f.scenarioIds, t, group), `history ${i} at ${t}`);
      }
    }
  });

  test("the scores and statements", () => {
    for (const [i, { f, group }] of cases.entries()) {
      const fast = scoreAggregate(f, group);
      const slow = referenceScore(f, group);
      const where = `history ${i}`;
      if (slow === null) {
        expect(fast, where).toBeNull();
        expect(aggregateStatements(f, group), where).toEqual([]);
        continue;
      }
      expect(fast, where).not.toBeNull();
      expect(fast!.members, where).toBe(slow.members);
      expectSameVector(fast!.finalProbabilities, slow.finalProbabilities, where);
      for (const key of ["finalBrier", "finalLogScore", "timeAveragedBrier", "timeAveragedLogScore"] as const) {
        expect(Math.abs(fast![key] - slow[key]), `${where}: ${key} ${fast![key]} vs ${slow[key]}`).toBeLessThan(SCORE_TOLERANCE);
      }
      const statements = aggregateStatements(f, group);
      expect(statements.map((s) => [s.scenarioId, s.outcome]), where).toEqual(f.scenarioIds.map((k) => [k, k === f.outcomeScenarioId ? 1 : 0]));
      expectSameVector(Object.fromEntries(statements.map((s) => [s.scenarioId, s.probability])), slow.finalProbabilities, where);
    }
  });

  test("the order of the input changes nothing", () => {
    const random = seededRandom(7);
    for (const { f, group } of cases) {
      expect(scoreAggregate({ ...f, predictions: shuffle(random, f.predictions) }, group)).toEqual(scoreAggregate(f, group));
    }
  });
});

describe("a large forecast: 1,000 predictions by 50 analysts", () => {
  const random = seededRandom(50);
  const scenarioIds = ["s0", "s1", "s2"];
  const start = at("2024-01-01T00:00Z");
  const predictions: ScoredPrediction[] = Array.from({ length: 1000 }, (_, i) => ({
    id: `p${i}`,
    analystId: `analyst${int(random, 50)}`,
    createdAt: start + int(random, 100 * 48) * STEP,
    probabilities: Object.fromEntries(randomPercentages(random, 3).map((pct, k) => [scenarioIds[k], pct])),
  }));
  const end = start + 100 * DAY;

  test("every step the reference checks agrees (one in forty)", () => {
    const fast = aggregateSteps(predictions, scenarioIds, end);
    expect(fast.map((s) => s.at)).toEqual([...new Set(predictions.map((p) => p.createdAt))].sort((a, b) => a - b));
    for (let k = 0; k < fast.length; k += 40) {
      expectSameVector(fast[k].probabilities, referenceAggregate(predictions, scenarioIds, fast[k].at, null), `step ${k}`);
    }
  });
});
