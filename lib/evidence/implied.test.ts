import { describe, expect, it } from "vitest";
import { impliedProbabilities, priorOf } from "./implied";
import { indicatorStatusAt } from "./indicator-status";
import type { IndicatorFacts, PredictionFacts, Probabilities, ScenarioRef } from "./types";

const DAY = 86_400_000;
const T = Date.parse("2021-11-07T12:00Z");

let nextId = 0;
function indicator(
  scenarioId: string,
  direction: "for" | "against",
  likelihoodRatio: number,
  eventTimes: number[],
  overrides: Partial<IndicatorFacts> = {},
): IndicatorFacts {
  return {
    id: `i${++nextId}`,
    scenarioId,
    description: `${direction} ${scenarioId}`,
    direction,
    likelihoodRatio,
    expectedBy: null,
    retired: false,
    eventTimes,
    ...overrides,
  };
}

function expectClose(actual: Probabilities, expected: Probabilities) {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const id of Object.keys(expected)) expect(actual[id]).toBeCloseTo(expected[id], 9);
}

describe("impliedProbabilities, two scenarios, prior a 60 / b 40", () => {
  const prior = { a: 60, b: 40 };

  it.each<[string, IndicatorFacts[], Probabilities]>([
    ["no indicators: the prior", [], { a: 60, b: 40 }],
    // w = 60, 40×3 = 120; Σ 180 → 33.33, 66.67
    ["a 'for' indicator of b, LR 3", [indicator("b", "for", 3, [T - DAY])], { a: 100 / 3, b: 200 / 3 }],
    // w = 60/2 = 30, 40; Σ 70 → 42.857, 57.143
    ["an 'against' indicator of a, LR 2", [indicator("a", "against", 2, [T - DAY])], { a: 300 / 7, b: 400 / 7 }],
    // event exactly at t counts: same as LR 3 above
    ["an event exactly at t", [indicator("b", "for", 3, [T])], { a: 100 / 3, b: 200 / 3 }],
    ["an event one millisecond after t", [indicator("b", "for", 3, [T + 1])], { a: 60, b: 40 }],
    // the earliest event (a day before t) counts, wherever it sits in the list
    ["events in any order", [indicator("b", "for", 3, [T + 5 * DAY, T - DAY])], { a: 100 / 3, b: 200 / 3 }],
    ["a retired indicator", [indicator("b", "for", 10, [T - DAY], { retired: true })], { a: 60, b: 40 }],
    ["an indicator of an unknown scenario", [indicator("zz", "for", 10, [T - DAY])], { a: 60, b: 40 }],
  ])("%s", (_label, indicators, expected) => {
    expectClose(impliedProbabilities(prior, indicators, T), expected);
  });

  it("leaves an overdue indicator out, though it is shown as overdue", () => {
    const overdue = indicator("a", "for", 10, [], { expectedBy: T - 10 * DAY });
    expect(indicatorStatusAt(overdue, T).status).toBe("overdue");
    expectClose(impliedProbabilities(prior, [overdue], T), { a: 60, b: 40 });
  });

  it("does not change the prior it was given", () => {
    impliedProbabilities(prior, [indicator("b", "for", 3, [T])], T);
    expect(prior).toEqual({ a: 60, b: 40 });
  });
});

describe("impliedProbabilities, three scenarios, prior a 50 / b 30 / c 20", () => {
  const prior = { a: 50, b: 30, c: 20 };

  it("multiplies several indicators on one scenario", () => {
    // w_b = 30 × 3 × 2 = 180; w = 50, 180, 20; Σ 250 → 20, 72, 8
    const indicators = [indicator("b", "for", 3, [T - DAY]), indicator("b", "for", 2, [T - 2 * DAY])];
    expectClose(impliedProbabilities(prior, indicators, T), { a: 20, b: 72, c: 8 });
  });

  it("combines for and against on different scenarios", () => {
    // w = 50/2.5 = 20, 30, 20×4 = 80; Σ 130 → 15.385, 23.077, 61.538
    const indicators = [indicator("a", "against", 2.5, [T - DAY]), indicator("c", "for", 4, [T - DAY])];
    expectClose(impliedProbabilities(prior, indicators, T), { a: 200 / 13, b: 300 / 13, c: 800 / 13 });
  });

  it("counts an indicator once however many events it has", () => {
    // once: w = 50×4 = 200, 30, 20; Σ 250 → 80, 12, 8 (twice would give 800/850 = 94.1 for a)
    const twice = indicator("a", "for", 4, [T - 2 * DAY, T - DAY, T - DAY]);
    expectClose(impliedProbabilities(prior, [twice], T), { a: 80, b: 12, c: 8 });
  });
});

describe("impliedProbabilities, a prior with no weight", () => {
  it("is refused", () => {
    expect(() => impliedProbabilities({ a: 0, b: 0 }, [], T)).toThrow(RangeError);
  });
});

describe("priorOf", () => {
  const scenarios: ScenarioRef[] = [
    { id: "a", label: "A", baseline: true },
    { id: "b", label: "B", baseline: false },
  ];
  const prediction = (analystId: string, day: number, a: number): PredictionFacts => ({
    analystId,
    createdAt: T + day * DAY,
    probabilities: { a, b: 100 - a },
  });

  it("takes the author's first prediction even when another analyst predicted earlier", () => {
    const predictions = [prediction("ann", 7, 40), prediction("bob", 1, 20), prediction("ann", 5, 70)];
    expect(priorOf(predictions, "ann", scenarios)).toEqual({ a: 70, b: 30 });
  });

  it("falls back to the earliest prediction by anyone when the author never predicted", () => {
    const predictions = [prediction("cat", 3, 55), prediction("bob", 1, 20)];
    expect(priorOf(predictions, "ann", scenarios)).toEqual({ a: 20, b: 80 });
  });

  it("takes the one listed first when two share the earliest time", () => {
    const predictions = [prediction("ann", 1, 65), prediction("ann", 1, 35)];
    expect(priorOf(predictions, "ann", scenarios)).toEqual({ a: 65, b: 35 });
  });

  it("is uniform when nobody predicted", () => {
    const three = [...scenarios, { id: "c", label: "C", baseline: false }];
    expect(priorOf([], "ann", three)).toEqual({ a: 100 / 3, b: 100 / 3, c: 100 / 3 });
  });
});
