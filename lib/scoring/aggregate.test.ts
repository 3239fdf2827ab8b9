/**
 * The aggregate forecast on cases worked out by hand; the arithmetic is written beside each
 * expectation. Per scenario: the median of the members' standing percentages (even count: the mean
 * of the two middle values), then each median divided by the medians' sum.
 * Unless a case says otherwise: a yes/no forecast resolved "yes", closing 4 March 2024 00:00 UTC,
 * outcome known 5 March, so end = 4 March 00:00. For yes/no the "no" medians are 100 − the "yes"
 * median, so the sum is already 100; normalisation shows with three scenarios.
 */
import { describe, expect, test } from "vitest";
import { logOfAggregate, normalised, normalisedMedian } from "./aggregate";
import { aggregateAt, aggregateStatements, aggregateSteps, scoreAggregate, type AggregateScore } from "./index";
import { abc, at, forecast, threeScenarios, yn } from "./test-builders";
import type { ForecastToScore, ScoredPrediction } from "./types";

const CLOSE = 12; // decimal places: the rules are exact, only floating point rounding differs
const YES_NO = ["yes", "no"];
const ABC = ["a", "b", "c"];

/** Percent vectors compared to 9 decimals, so 200/9 matches however it was rounded. */
const rounded = (vector: Record<string, number> | null | undefined) =>
  vector && Object.fromEntries(Object.entries(vector).map(([id, pct]) => [id, Number(pct.toFixed(9))]));

function scored(f: ForecastToScore, group?: Set<string> | null): AggregateScore {
  const score = scoreAggregate(f, group);
  expect(score).not.toBeNull();
  return score!;
}

describe("the aggregate at a moment: normalised medians of the standing predictions", () => {
  const t = at("2024-03-02T00:00Z");

  test("three members (odd): the middle value of each scenario", () => {
    const predictions = [yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-01T00:00Z", 40), yn("c1", "cyd", "2024-03-01T00:00Z", 90)];
    // yes: 40, 70, 90 → 70; no: 10, 30, 60 → 30; sum 100
    expect(rounded(aggregateAt(predictions, YES_NO, t))).toEqual(rounded({ yes: 70, no: 30 }));
  });

  test("two members (even): the mean of the two middle values", () => {
    const predictions = [yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-01T00:00Z", 40)];
    // yes: (40 + 70) / 2 = 55; no: (30 + 60) / 2 = 45
    expect(rounded(aggregateAt(predictions, YES_NO, t))).toEqual(rounded({ yes: 55, no: 45 }));
  });

  test("three scenarios whose medians sum to 90: each is scaled up by 100/90", () => {
    const predictions = [abc("a1", "ann", "2024-03-01T00:00Z", 60, 30, 10), abc("b1", "bob", "2024-03-01T00:00Z", 20, 20, 60), abc("c1", "cyd", "2024-03-01T00:00Z", 10, 50, 40)];
    // a: 10, 20, 60 → 20; b: 20, 30, 50 → 30; c: 10, 40, 60 → 40; sum 90 → 20/90, 30/90, 40/90
    const aggregate = aggregateAt(predictions, ABC, t)!;
    expect(rounded(aggregate)).toEqual(rounded({ a: 2000 / 90, b: 3000 / 90, c: 4000 / 90 })); // 22.2…, 33.3…, 44.4…
    expect(aggregate.a + aggregate.b + aggregate.c).toBeCloseTo(100, CLOSE);
  });

  test("three scenarios whose medians sum to 110: each is scaled down by 100/110", () => {
    const predictions = [abc("a1", "ann", "2024-03-01T00:00Z", 50, 40, 10), abc("b1", "bob", "2024-03-01T00:00Z", 20, 30, 50), abc("c1", "cyd", "2024-03-01T00:00Z", 30, 10, 60)];
    // a: 20, 30, 50 → 30; b: 10, 30, 40 → 30; c: 10, 50, 60 → 50; sum 110
    expect(rounded(aggregateAt(predictions, ABC, t))).toEqual(rounded({ a: 3000 / 110, b: 3000 / 110, c: 5000 / 110 }));
  });

  test("four members on three scenarios: mean of the two middle values, then normalised", () => {
    const predictions = [
      abc("a1", "ann", "2024-03-01T00:00Z", 60, 30, 10),
      abc("b1", "bob", "2024-03-01T00:00Z", 20, 20, 60),
      abc("c1", "cyd", "2024-03-01T00:00Z", 10, 50, 40),
      abc("d1", "dee", "2024-03-01T00:00Z", 40, 40, 20),
    ];
    // a: 10, 20, 40, 60 → 30; b: 20, 30, 40, 50 → 35; c: 10, 20, 40, 60 → 30; sum 95
    expect(rounded(aggregateAt(predictions, ABC, t))).toEqual(rounded({ a: 3000 / 95, b: 3500 / 95, c: 3000 / 95 }));
  });

  test("each member counts with their latest prediction at or before t, not their first or a later one", () => {
    const predictions = [
      yn("a1", "ann", "2024-03-01T00:00Z", 70),
      yn("a2", "ann", "2024-03-02T00:00Z", 90), // exactly at t: stands
      yn("a3", "ann", "2024-03-02T00:00:00.001Z", 10), // one millisecond after t: not yet
      yn("b1", "bob", "2024-03-01T00:00Z", 30),
    ];
    // yes: (30 + 90) / 2 = 60
    expect(rounded(aggregateAt(predictions, YES_NO, t))).toEqual(rounded({ yes: 60, no: 40 }));
  });

  test("null before any member has predicted", () => {
    expect(aggregateAt([yn("a1", "ann", "2024-03-02T00:00:00.001Z", 70)], YES_NO, t)).toBeNull();
    expect(aggregateAt([], YES_NO, t)).toBeNull();
  });

  test("a group counts its members only; null or no group is everyone", () => {
    const predictions = [yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-01T00:00Z", 10), yn("c1", "cyd", "2024-03-01T00:00Z", 90)];
    // {ann, cyd}: yes (70 + 90) / 2 = 80; everyone: 10, 70, 90 → 70
    expect(rounded(aggregateAt(predictions, YES_NO, t, new Set(["ann", "cyd"])))).toEqual(rounded({ yes: 80, no: 20 }));
    expect(rounded(aggregateAt(predictions, YES_NO, t, null))).toEqual(rounded({ yes: 70, no: 30 }));
    expect(rounded(aggregateAt(predictions, YES_NO, t))).toEqual(rounded({ yes: 70, no: 30 }));
    expect(aggregateAt(predictions, YES_NO, t, new Set(["zed"]))).toBeNull(); // a member who never predicted
    expect(aggregateAt(predictions, YES_NO, t, new Set())).toBeNull();
  });

  test("of two predictions at the same millisecond the greater id is the later, whatever the input order", () => {
    const predictions = [yn("a2", "ann", "2024-03-01T00:00Z", 20), yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-01T00:00Z", 40)];
    // ann stands at 20 (a2 > a1): yes (20 + 40) / 2 = 30
    expect(rounded(aggregateAt(predictions, YES_NO, t))).toEqual(rounded({ yes: 30, no: 70 }));
    expect(aggregateAt([...predictions].reverse(), YES_NO, t)).toEqual(aggregateAt(predictions, YES_NO, t));
  });
});

describe("the steps: the aggregate after each moment a member predicted (the team median line)", () => {
  const end = at("2024-03-04T00:00Z");

  test("a member joining midway moves the line; so does a member changing their mind", () => {
    const predictions = [yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-03T00:00Z", 30), yn("a2", "ann", "2024-03-03T12:00Z", 90)];
    const steps = aggregateSteps(predictions, YES_NO, end);
    expect(steps.map((s) => [new Date(s.at).toISOString(), rounded(s.probabilities)])).toEqual([
      ["2024-03-01T00:00:00.000Z", rounded({ yes: 70, no: 30 })], // ann alone
      ["2024-03-03T00:00:00.000Z", rounded({ yes: 50, no: 50 })], // (70 + 30) / 2
      ["2024-03-03T12:00:00.000Z", rounded({ yes: 60, no: 40 })], // (90 + 30) / 2
    ]);
  });

  test("predictions made at the same moment give one step, after all of them", () => {
    const predictions = [yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-01T00:00Z", 30), yn("c1", "cyd", "2024-03-01T00:00Z", 40)];
    const steps = aggregateSteps(predictions, YES_NO, end);
    expect(steps).toHaveLength(1);
    expect(rounded(steps[0].probabilities)).toEqual(rounded({ yes: 40, no: 60 })); // 30, 40, 70 → 40
  });

  test("a prediction at the end is a step; one after it is not", () => {
    const predictions = [yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-04T00:00Z", 30), yn("c1", "cyd", "2024-03-04T00:00:00.001Z", 10)];
    expect(aggregateSteps(predictions, YES_NO, end).map((s) => rounded(s.probabilities))).toEqual([rounded({ yes: 70, no: 30 }), rounded({ yes: 50, no: 50 })]);
  });

  test("a group's line moves only when one of its members predicts", () => {
    const predictions = [yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-02T00:00Z", 10), yn("c1", "cyd", "2024-03-03T00:00Z", 90)];
    const steps = aggregateSteps(predictions, YES_NO, end, new Set(["ann", "cyd"]));
    expect(steps.map((s) => [s.at, rounded(s.probabilities)])).toEqual([
      [at("2024-03-01T00:00Z"), rounded({ yes: 70, no: 30 })],
      [at("2024-03-03T00:00Z"), rounded({ yes: 80, no: 20 })], // (70 + 90) / 2; bob's day is not a step
    ]);
    expect(aggregateSteps(predictions, YES_NO, end, new Set())).toEqual([]);
  });
});

describe("scoring the aggregate like an analyst", () => {
  test("three scenarios: scored on the normalised medians, not the raw ones", () => {
    const s = scored(threeScenarios([abc("a1", "ann", "2024-03-01T00:00Z", 60, 30, 10), abc("b1", "bob", "2024-03-01T00:00Z", 20, 20, 60), abc("c1", "cyd", "2024-03-01T00:00Z", 10, 50, 40)], "c"));
    // medians 20, 30, 40 (sum 90) → 2/9, 3/9, 4/9; outcome c
    expect(s.finalBrier).toBeCloseTo(0.5 * ((2 / 9) ** 2 + (3 / 9) ** 2 + (4 / 9 - 1) ** 2), CLOSE); // ½ (4 + 9 + 25) / 81 = 19/81
    expect(s.finalBrier).toBeCloseTo(19 / 81, CLOSE); // 0.2345…; the raw medians would give ½ (0.04 + 0.09 + 0.36) = 0.245
    expect(s.finalLogScore).toBeCloseTo(Math.log(4 / 9), CLOSE); // the raw median would give ln 0.4
    expect(s.timeAveragedBrier).toBeCloseTo(19 / 81, CLOSE); // one step, standing the whole time
    expect(s.timeAveragedLogScore).toBeCloseTo(Math.log(4 / 9), CLOSE);
    expect(rounded(s.finalProbabilities)).toEqual(rounded({ a: 200 / 9, b: 300 / 9, c: 400 / 9 }));
    expect(s.finalProbabilities.a + s.finalProbabilities.b + s.finalProbabilities.c).toBeCloseTo(100, CLOSE);
    expect(s.members).toBe(3);
  });

  test("a member joining midway: each aggregate weighs for the time it stood, from the group's first prediction", () => {
    const s = scored(forecast([yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-03T00:00Z", 30), yn("a2", "ann", "2024-03-03T12:00Z", 90)]));
    // 70 for 2 days (B = 0.3² = 0.09), 50 for ½ day (0.25), 60 for ½ day (0.16); 3 days in all
    expect(s.timeAveragedBrier).toBeCloseTo((0.09 * 2 + 0.25 * 0.5 + 0.16 * 0.5) / 3, CLOSE); // 0.385 / 3 = 0.12833…
    expect(s.timeAveragedLogScore).toBeCloseTo((Math.log(0.7) * 2 + Math.log(0.5) * 0.5 + Math.log(0.6) * 0.5) / 3, CLOSE);
    expect(s.finalBrier).toBeCloseTo(0.16, CLOSE); // (0.6 − 1)²
    expect(s.finalLogScore).toBeCloseTo(Math.log(0.6), CLOSE);
    expect(s.members).toBe(2);
  });

  test("a late prediction is left out of every score and of the member count", () => {
    const s = scored(forecast([yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("a2", "ann", "2024-03-04T12:00Z", 10), yn("b1", "bob", "2024-03-05T00:00Z", 10)]));
    // only a1 counts: 70 the whole time
    expect(s.finalBrier).toBeCloseTo(0.09, CLOSE);
    expect(s.timeAveragedBrier).toBeCloseTo(0.09, CLOSE);
    expect(rounded(s.finalProbabilities)).toEqual(rounded({ yes: 70, no: 30 }));
    expect(s.members).toBe(1);
  });

  test("resolved before the horizon: the window ends when the outcome became known", () => {
    const s = scored(forecast([yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-01T12:00Z", 30), yn("c1", "cyd", "2024-03-02T00:00Z", 10)], { outcomeKnownAt: at("2024-03-01T18:00Z") }));
    // end 1 March 18:00; cyd is late. 70 for 12 h (0.09), then 50 for 6 h (0.25)
    expect(s.timeAveragedBrier).toBeCloseTo((0.09 * 12 + 0.25 * 6) / 18, CLOSE); // 2.58 / 18 = 0.14333…
    expect(s.finalBrier).toBeCloseTo(0.25, CLOSE);
    expect(s.members).toBe(2);
  });

  test("a prediction exactly at the end is final but stands for no time", () => {
    const s = scored(forecast([yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-04T00:00Z", 30)]));
    expect(s.finalBrier).toBeCloseTo(0.25, CLOSE); // (70 + 30) / 2 = 50: (0.5 − 1)²
    expect(s.timeAveragedBrier).toBeCloseTo(0.09, CLOSE); // 3 days at 70, 0 ms at 50
    expect(s.members).toBe(2);
  });

  test("a group filter leaves out an analyst who is not a member, and its window starts at its own first prediction", () => {
    const f = forecast([yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-01T00:00Z", 10), yn("c1", "cyd", "2024-03-02T00:00Z", 90)]);
    const group = scored(f, new Set(["ann", "cyd"]));
    // 1 day at 70 (0.09), then 2 days at (70 + 90) / 2 = 80 (0.2² = 0.04)
    expect(group.timeAveragedBrier).toBeCloseTo((0.09 * 1 + 0.04 * 2) / 3, CLOSE); // 0.17 / 3
    expect(group.finalBrier).toBeCloseTo(0.04, CLOSE);
    expect(group.members).toBe(2);

    const everyone = scored(f, null);
    // 1 day at (10 + 70) / 2 = 40 (0.36), then 2 days at 10, 70, 90 → 70 (0.09)
    expect(everyone.timeAveragedBrier).toBeCloseTo((0.36 * 1 + 0.09 * 2) / 3, CLOSE); // 0.54 / 3 = 0.18
    expect(everyone.finalBrier).toBeCloseTo(0.09, CLOSE);
    expect(everyone.members).toBe(3);
    expect(scored(f)).toEqual(everyone);

    const cydAlone = scored(f, new Set(["cyd"]));
    // from cyd's first prediction on 2 March: 90 throughout (0.1² = 0.01), not diluted by the day before
    expect(cydAlone.timeAveragedBrier).toBeCloseTo(0.01, CLOSE);
  });

  test("Σ Δt = 0: every member predicted exactly at the end, so the time-averaged scores are the final ones", () => {
    const s = scored(forecast([yn("a1", "ann", "2024-03-04T00:00Z", 70), yn("b1", "bob", "2024-03-04T00:00Z", 30), yn("b2", "bob", "2024-03-04T00:00Z", 50)]));
    // bob stands at 50 (b2 > b1): (50 + 70) / 2 = 60
    expect(s.finalBrier).toBeCloseTo(0.16, CLOSE);
    expect(s.timeAveragedBrier).toBeCloseTo(0.16, CLOSE);
    expect(s.timeAveragedLogScore).toBeCloseTo(Math.log(0.6), CLOSE);
    expect(s.members).toBe(2);
  });

  test("null when annulled, when every prediction is late, or when no member predicted", () => {
    const predictions = [yn("a1", "ann", "2024-03-01T00:00Z", 70)];
    expect(scoreAggregate(forecast(predictions, { annulled: true, outcomeScenarioId: null }))).toBeNull();
    expect(scoreAggregate(forecast([yn("a1", "ann", "2024-03-05T00:00Z", 70)]))).toBeNull();
    expect(scoreAggregate(forecast(predictions), new Set(["bob"]))).toBeNull();
    expect(scoreAggregate(forecast([]))).toBeNull();
  });

  test("the input's order changes nothing", () => {
    const predictions: ScoredPrediction[] = [yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-03T00:00Z", 30), yn("a2", "ann", "2024-03-03T12:00Z", 90)];
    expect(scoreAggregate(forecast([...predictions].reverse()))).toEqual(scoreAggregate(forecast(predictions)));
  });
});

describe("statements for calibration with of=aggregate", () => {
  test("one pair per scenario of the final aggregate, in scenario order", () => {
    const f = threeScenarios([abc("a1", "ann", "2024-03-01T00:00Z", 60, 30, 10), abc("b1", "bob", "2024-03-01T00:00Z", 20, 20, 60), abc("c1", "cyd", "2024-03-01T00:00Z", 10, 50, 40)], "b");
    const statements = aggregateStatements(f);
    expect(statements.map((s) => [s.scenarioId, Number(s.probability.toFixed(9)), s.outcome])).toEqual([
      ["a", Number((200 / 9).toFixed(9)), 0],
      ["b", Number((300 / 9).toFixed(9)), 1],
      ["c", Number((400 / 9).toFixed(9)), 0],
    ]);
  });

  test("a group's final aggregate; none when nothing is scored", () => {
    const f = forecast([yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-01T00:00Z", 10), yn("c1", "cyd", "2024-03-02T00:00Z", 90)]);
    expect(aggregateStatements(f, new Set(["ann", "cyd"])).map((s) => [s.scenarioId, Number(s.probability.toFixed(9)), s.outcome])).toEqual([
      ["yes", 80, 1],
      ["no", 20, 0],
    ]);
    expect(aggregateStatements({ ...f, annulled: true, outcomeScenarioId: null })).toEqual([]);
    expect(aggregateStatements(f, new Set(["zed"]))).toEqual([]);
  });
});

describe("bad input throws a plain Error that names the problem", () => {
  const ok = [yn("p1", "ann", "2024-03-01T00:00Z", 70)];
  test.each<[string, () => unknown, RegExp]>([
    ["a time that is not a number", () => aggregateAt(ok, YES_NO, Number.NaN), /t must be a time/],
    ["an end that is not a number", () => aggregateSteps(ok, YES_NO, Number.POSITIVE_INFINITY), /end must be a time/],
    ["a prediction missing a scenario", () => aggregateAt([{ id: "p1", analystId: "ann", createdAt: 0, probabilities: { yes: 100 } }], YES_NO, 0), /prediction "p1" has no probability for scenario "no"/],
    ["probabilities not summing to 100", () => aggregateSteps([{ id: "p1", analystId: "ann", createdAt: 0, probabilities: { yes: 50, no: 40 } }], YES_NO, 0), /must sum to 100/],
    ["one scenario", () => aggregateAt(ok, ["yes"], 0), /at least two scenarios/],
    ["an outcome that is not a scenario", () => scoreAggregate({ ...forecast(ok), outcomeScenarioId: "maybe" }), /outcome "maybe" is not one of the forecast's scenarios/],
  ])("%s", (_, run, message) => {
    expect(run).toThrow(message);
  });
});

describe("the bare math", () => {
  test("normalisedMedian: per scenario the median, then divided by the medians' sum", () => {
    const result = normalisedMedian([[0.6, 0.3, 0.1], [0.2, 0.2, 0.6], [0.1, 0.5, 0.4]]);
    [2 / 9, 3 / 9, 4 / 9].forEach((expected, k) => expect(result[k]).toBeCloseTo(expected, 15)); // 0.2, 0.3, 0.4 over 0.9
  });

  test("guards: no members, shares summing to 0, an outcome given 0", () => {
    expect(() => normalisedMedian([])).toThrow(/no member/);
    expect(() => normalised([0, 0])).toThrow(/sum to 0/);
    expect(() => logOfAggregate(0)).toThrow(/gives the outcome 0/);
    expect(logOfAggregate(0.5)).toBeCloseTo(Math.log(0.5), 15);
  });
});

describe("a team with one member", () => {
  test("its median is that member's own prediction, scored exactly as they are", () => {
    const f = threeScenarios([abc("a1", "ann", "2024-03-01T00:00Z", 50, 30, 20), abc("b1", "bob", "2024-03-01T00:00Z", 10, 10, 80), abc("a2", "ann", "2024-03-02T00:00Z", 20, 30, 50)], "c");
    const s = scored(f, new Set(["ann"]));
    // Ann alone: 50/30/20 for a day, then 20/30/50 for two days (end 4 March 00:00); outcome c
    // B(50,30,20) = ½(0.25 + 0.09 + 0.64) = 0.49; B(20,30,50) = ½(0.04 + 0.09 + 0.25) = 0.19
    expect(s.finalBrier).toBeCloseTo(0.19, CLOSE);
    expect(s.timeAveragedBrier).toBeCloseTo((0.49 * 1 + 0.19 * 2) / 3, CLOSE); // 0.29
    expect(s.finalLogScore).toBeCloseTo(Math.log(0.5), CLOSE);
    expect(s.members).toBe(1);
  });
});
