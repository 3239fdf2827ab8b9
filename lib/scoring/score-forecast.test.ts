/**
 * scoreForecast on cases worked out by hand; the arithmetic is written beside each expectation.
 * Brier is ½ Σ (p_k − o_k)² with p as fractions; for yes/no that is (p − o)².
 * Unless a case says otherwise: a yes/no forecast resolved "yes", closing 4 March 2024 00:00 UTC,
 * outcome known 5 March, so end = 4 March 00:00.
 */
import { describe, expect, test } from "vitest";
import { scoreForecast, scoringEnd } from "./index";
import { abc, at, forecast, threeScenarios, yn } from "./test-builders";
import type { AnalystScore, ForecastToScore } from "./types";

const CLOSE = 12; // decimal places: the rules are exact, only floating point rounding differs

function scoresOf(f: ForecastToScore): Map<string, AnalystScore> {
  return new Map(scoreForecast(f).analysts.map((a) => [a.analystId, a]));
}
const only = (f: ForecastToScore): AnalystScore => {
  const analysts = scoreForecast(f).analysts;
  expect(analysts).toHaveLength(1);
  return analysts[0];
};

describe("one prediction", () => {
  test("yes/no, the outcome given 70%", () => {
    const s = only(forecast([yn("p1", "ann", "2024-03-01T00:00Z", 70)]));
    expect(s.finalBrier).toBeCloseTo(0.5 * ((0.7 - 1) ** 2 + (0.3 - 0) ** 2), CLOSE); // = (0.7 − 1)² = 0.09
    expect(s.finalBrier).toBeCloseTo(0.09, CLOSE);
    expect(s.finalLogScore).toBeCloseTo(Math.log(0.7), CLOSE);
    expect(s.timeAveragedBrier).toBeCloseTo(0.09, CLOSE); // one prediction standing the whole time
    expect(s.timeAveragedLogScore).toBeCloseTo(Math.log(0.7), CLOSE);
    expect(s.relativeBrier).toBe(0); // alone: each day's median is their own score
    expect(s).toMatchObject({ analystId: "ann", finalPredictionId: "p1", scoredPredictions: 1, latePredictionIds: [] });
  });

  test("yes/no, the outcome given 30%", () => {
    const s = only(forecast([yn("p1", "ann", "2024-03-01T00:00Z", 70)], { outcomeScenarioId: "no" }));
    expect(s.finalBrier).toBeCloseTo(0.5 * (0.7 ** 2 + (0.3 - 1) ** 2), CLOSE); // = 0.49
    expect(s.finalBrier).toBeCloseTo(0.49, CLOSE);
    expect(s.finalLogScore).toBeCloseTo(Math.log(0.3), CLOSE);
  });

  test("three scenarios, outcome b given 30%", () => {
    const s = only(threeScenarios([abc("p1", "ann", "2024-03-01T00:00Z", 50, 30, 20)], "b"));
    expect(s.finalBrier).toBeCloseTo(0.5 * (0.5 ** 2 + (0.3 - 1) ** 2 + 0.2 ** 2), CLOSE); // ½ (0.25 + 0.49 + 0.04) = 0.39
    expect(s.finalBrier).toBeCloseTo(0.39, CLOSE);
    expect(s.finalLogScore).toBeCloseTo(Math.log(0.3), CLOSE);
  });

  test("three scenarios, outcome a given 50%", () => {
    const s = only(threeScenarios([abc("p1", "ann", "2024-03-01T00:00Z", 50, 30, 20)], "a"));
    expect(s.finalBrier).toBeCloseTo(0.5 * ((0.5 - 1) ** 2 + 0.3 ** 2 + 0.2 ** 2), CLOSE); // ½ (0.25 + 0.09 + 0.04) = 0.19
    expect(s.finalLogScore).toBeCloseTo(Math.log(0.5), CLOSE);
  });
});

describe("the extremes a prediction can take: 0.1% and 99.9%", () => {
  test("99.9% on the wrong answer: almost the worst Brier, log 0.001", () => {
    const s = only(forecast([yn("p1", "ann", "2024-03-01T00:00Z", 99.9)], { outcomeScenarioId: "no" }));
    expect(s.finalBrier).toBeCloseTo(0.5 * (0.999 ** 2 + (0.001 - 1) ** 2), CLOSE); // = 0.999² = 0.998001
    expect(s.finalBrier).toBeCloseTo(0.998001, CLOSE);
    expect(s.finalLogScore).toBeCloseTo(Math.log(0.001), CLOSE); // −6.907755…
    expect(s.finalLogScore).toBeCloseTo(-6.907755278982137, CLOSE);
  });

  test("0.1% on the wrong answer: almost perfect", () => {
    const s = only(forecast([yn("p1", "ann", "2024-03-01T00:00Z", 0.1)], { outcomeScenarioId: "no" }));
    expect(s.finalBrier).toBeCloseTo(0.001 ** 2, 15); // = 0.000001
    expect(s.finalLogScore).toBeCloseTo(Math.log(0.999), CLOSE);
  });

  test("three scenarios, 0.1% on the outcome", () => {
    const s = only(threeScenarios([abc("p1", "ann", "2024-03-01T00:00Z", 0.1, 0.1, 99.8)], "a"));
    expect(s.finalBrier).toBeCloseTo(0.5 * (0.999 ** 2 + 0.001 ** 2 + 0.998 ** 2), CLOSE); // ½ (0.998001 + 0.000001 + 0.996004) = 0.997003
    expect(s.finalBrier).toBeCloseTo(0.997003, CLOSE);
    expect(s.finalLogScore).toBeCloseTo(Math.log(0.001), CLOSE);
  });
});

describe("several predictions: final and time-averaged", () => {
  test("each prediction weighs for the days it stood", () => {
    // 60% on 1 March (B = 0.4² = 0.16) stands 1 day; 80% on 2 March (B = 0.2² = 0.04) stands 2 days to the end.
    const s = only(forecast([yn("p2", "ann", "2024-03-02T00:00Z", 80), yn("p1", "ann", "2024-03-01T00:00Z", 60)]));
    expect(s.finalPredictionId).toBe("p2");
    expect(s.finalBrier).toBeCloseTo(0.04, CLOSE);
    expect(s.timeAveragedBrier).toBeCloseTo((0.16 * 1 + 0.04 * 2) / 3, CLOSE); // = 0.08
    expect(s.timeAveragedLogScore).toBeCloseTo((Math.log(0.6) * 1 + Math.log(0.8) * 2) / 3, CLOSE);
    expect(s.scoredPredictions).toBe(2);
  });

  test("weights are milliseconds, not whole days", () => {
    // 90% at 1 March 00:00 (B 0.01) stands 66 h; 50% at 3 March 18:00 (B 0.25) stands 6 h.
    const s = only(forecast([yn("p1", "ann", "2024-03-01T00:00Z", 90), yn("p2", "ann", "2024-03-03T18:00Z", 50)]));
    expect(s.timeAveragedBrier).toBeCloseTo((0.01 * 66 + 0.25 * 6) / 72, CLOSE); // = 2.16 / 72 = 0.03
    expect(s.timeAveragedBrier).toBeCloseTo(0.03, CLOSE);
    expect(s.finalBrier).toBeCloseTo(0.25, CLOSE);
  });

  test("other analysts' predictions do not cut an analyst's time", () => {
    const scores = scoresOf(forecast([yn("a1", "ann", "2024-03-01T00:00Z", 60), yn("b1", "bob", "2024-03-02T00:00Z", 90), yn("a2", "ann", "2024-03-03T00:00Z", 80)]));
    expect(scores.get("ann")!.timeAveragedBrier).toBeCloseTo((0.16 * 2 + 0.04 * 1) / 3, CLOSE); // = 0.12
  });
});

describe("the window's end", () => {
  test("end is the earlier of the horizon and the moment the outcome became known", () => {
    expect(scoringEnd(at("2024-03-10T00:00Z"), at("2024-03-04T00:00Z"))).toBe(at("2024-03-04T00:00Z"));
    expect(scoringEnd(at("2024-03-04T00:00Z"), at("2024-03-10T00:00Z"))).toBe(at("2024-03-04T00:00Z"));
  });

  test("a prediction after the end is late: listed, never scored", () => {
    const s = only(forecast([yn("p1", "ann", "2024-03-01T00:00Z", 70), yn("p2", "ann", "2024-03-04T00:00:00.001Z", 99.9)]));
    expect(s.finalPredictionId).toBe("p1");
    expect(s.finalBrier).toBeCloseTo(0.09, CLOSE); // 70%: (0.7 − 1)², the 99.9% a millisecond late counts for nothing
    expect(s.timeAveragedBrier).toBeCloseTo(0.09, CLOSE);
    expect(s.scoredPredictions).toBe(1);
    expect(s.latePredictionIds).toEqual(["p2"]);
  });

  test("a prediction exactly at the end is scored, and is the final one", () => {
    // 70% (B 0.09) stands 3 days; 90% at the end (B 0.01) stands 0 ms.
    const s = only(forecast([yn("p1", "ann", "2024-03-01T00:00Z", 70), yn("p2", "ann", "2024-03-04T00:00Z", 90)]));
    expect(s.finalPredictionId).toBe("p2");
    expect(s.finalBrier).toBeCloseTo(0.01, CLOSE);
    expect(s.timeAveragedBrier).toBeCloseTo((0.09 * 3 + 0.01 * 0) / 3, CLOSE); // = 0.09
    expect(s).toMatchObject({ scoredPredictions: 2, latePredictionIds: [] });
  });

  test("resolution before the horizon: the window ends when the outcome became known", () => {
    const f = forecast([yn("p1", "ann", "2024-03-01T00:00Z", 60), yn("p2", "ann", "2024-03-03T00:00Z", 80), yn("p3", "ann", "2024-03-05T00:00Z", 99)], {
      closesAt: at("2024-03-10T00:00Z"),
      outcomeKnownAt: at("2024-03-04T00:00Z"),
    });
    const result = scoreForecast(f);
    expect(result.end).toBe(at("2024-03-04T00:00Z"));
    const s = result.analysts[0];
    expect(s.latePredictionIds).toEqual(["p3"]); // after the outcome was known, though before the horizon
    expect(s.finalBrier).toBeCloseTo(0.04, CLOSE); // 80%
    expect(s.timeAveragedBrier).toBeCloseTo((0.16 * 2 + 0.04 * 1) / 3, CLOSE); // 60% for 2 days, 80% for 1 = 0.12
  });

  test("an analyst whose every prediction is late is not scored at all", () => {
    const result = scoreForecast(forecast([yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-04T09:00Z", 99)]));
    expect(result.analysts.map((a) => a.analystId)).toEqual(["ann"]);
    expect(result.statements.every((s) => s.analystId === "ann")).toBe(true);
  });
});

describe("Σ Δt = 0: the time-averaged score is the final prediction's", () => {
  test("the only prediction was made exactly at the end", () => {
    const s = only(forecast([yn("p1", "ann", "2024-03-04T00:00Z", 70)]));
    expect(s.timeAveragedBrier).toBeCloseTo(0.09, CLOSE);
    expect(s.timeAveragedLogScore).toBeCloseTo(Math.log(0.7), CLOSE);
    expect(s.relativeBrier).toBe(0);
  });

  test("two predictions at the end: the final one's score, not their mean", () => {
    const s = only(forecast([yn("p2", "ann", "2024-03-04T00:00Z", 90), yn("p1", "ann", "2024-03-04T00:00Z", 60)]));
    expect(s.finalPredictionId).toBe("p2");
    expect(s.timeAveragedBrier).toBeCloseTo(0.01, CLOSE); // (0.9 − 1)²
    expect(s.timeAveragedLogScore).toBeCloseTo(Math.log(0.9), CLOSE);
  });
});

describe("two predictions at the same millisecond: the greater id is the later (as ORDER BY created_at, id)", () => {
  const first = yn("p-a", "ann", "2024-03-01T00:00Z", 60);
  const second = yn("p-b", "ann", "2024-03-01T00:00Z", 80);

  test.each([
    ["in order", [first, second]],
    ["reversed", [second, first]],
  ])("given %s, the final prediction is the same", (_, predictions) => {
    const s = only(forecast(predictions));
    expect(s.finalPredictionId).toBe("p-b");
    expect(s.timeAveragedBrier).toBeCloseTo((0.16 * 0 + 0.04 * 3) / 3, CLOSE); // the tied 60% stood 0 ms
  });
});

describe("relative Brier: each UTC day against the crowd's median", () => {
  test("alone on a question, it is 0 whatever the predictions", () => {
    const s = only(forecast([yn("p1", "ann", "2024-03-01T08:00Z", 10), yn("p2", "ann", "2024-03-02T08:00Z", 95)]));
    expect(s.relativeBrier).toBe(0);
  });

  test("two analysts: the median of an even crowd is the mean of the two middle values", () => {
    // end 3 March 12:00. Ann 70% on 1 March (B 0.09); Bob 40% on 2 March (B 0.6² = 0.36).
    // 1 March: crowd {ann}, median 0.09, ann 0.
    // 2 and 3 March: crowd {0.09, 0.36}, median (0.09 + 0.36) / 2 = 0.225; ann −0.135, bob +0.135.
    const scores = scoresOf(forecast([yn("a1", "ann", "2024-03-01T10:00Z", 70), yn("b1", "bob", "2024-03-02T15:00Z", 40)], { closesAt: at("2024-03-03T12:00Z") }));
    expect(scores.get("ann")!.relativeBrier).toBeCloseTo((0 - 0.135 - 0.135) / 3, CLOSE); // = −0.09
    expect(scores.get("bob")!.relativeBrier).toBeCloseTo((0.135 + 0.135) / 2, CLOSE); // = 0.135
  });

  test("three analysts: the middle value", () => {
    // one day (1 March 06:00 to the end at 18:00): B = 0.01, 0.09, 0.36, median 0.09
    const scores = scoresOf(
      forecast([yn("c1", "cyd", "2024-03-01T06:00Z", 40), yn("a1", "ann", "2024-03-01T06:00Z", 90), yn("b1", "bob", "2024-03-01T07:00Z", 70)], { closesAt: at("2024-03-01T18:00Z") }),
    );
    expect(scores.get("ann")!.relativeBrier).toBeCloseTo(0.01 - 0.09, CLOSE);
    expect(scores.get("bob")!.relativeBrier).toBeCloseTo(0, CLOSE);
    expect(scores.get("cyd")!.relativeBrier).toBeCloseTo(0.36 - 0.09, CLOSE);
  });

  test("four analysts: the mean of the two middle values", () => {
    // one day: B = 0.01, 0.04, 0.09, 0.16; median (0.04 + 0.09) / 2 = 0.065
    const scores = scoresOf(
      forecast(
        [yn("a1", "ann", "2024-03-01T06:00Z", 90), yn("b1", "bob", "2024-03-01T07:00Z", 80), yn("c1", "cyd", "2024-03-01T08:00Z", 70), yn("d1", "dee", "2024-03-01T09:00Z", 60)],
        { closesAt: at("2024-03-01T18:00Z") },
      ),
    );
    expect([...scores.values()].map((s) => s.relativeBrier)).toEqual([0.01 - 0.065, 0.04 - 0.065, 0.09 - 0.065, 0.16 - 0.065].map((v) => expect.closeTo(v, CLOSE)));
  });

  test("a day counts the prediction standing at its end, not the first one of the day", () => {
    // end 2 March 00:00, so the days are 1 March and 2 March (cut off at the end itself).
    // 1 March: ann's 90% at 08:00 is replaced by 50% at 20:00 (B 0.25); cyd 70% (B 0.09); median 0.17.
    // Both days: ann 0.25 − 0.17 = +0.08, cyd 0.09 − 0.17 = −0.08.
    const scores = scoresOf(
      forecast([yn("a1", "ann", "2024-03-01T08:00Z", 90), yn("c1", "cyd", "2024-03-01T09:00Z", 70), yn("a2", "ann", "2024-03-01T20:00Z", 50)], { closesAt: at("2024-03-02T00:00Z") }),
    );
    expect(scores.get("ann")!.relativeBrier).toBeCloseTo(0.08, CLOSE);
    expect(scores.get("cyd")!.relativeBrier).toBeCloseTo(-0.08, CLOSE);
  });

  test("a prediction at midnight belongs to the day it opens", () => {
    // end 2 March 12:00. Ann 70% at 1 March 00:00 (B 0.09); Bob 40% at 2 March 00:00 (B 0.36).
    // 1 March: ann alone (Bob's midnight prediction is on 2 March), 0. 2 March: median 0.225, ann −0.135.
    const scores = scoresOf(forecast([yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-02T00:00Z", 40)], { closesAt: at("2024-03-02T12:00Z") }));
    expect(scores.get("ann")!.relativeBrier).toBeCloseTo((0 - 0.135) / 2, CLOSE); // = −0.0675
    expect(scores.get("bob")!.relativeBrier).toBeCloseTo(0.135, CLOSE);
  });

  test("on the day of the end, a prediction at the end joins the crowd and one after it does not", () => {
    // end 3 March 12:00. Ann 70% on 1 March (B 0.09). Bob 40% at 12:00 exactly (B 0.36); Cyd 10% at 18:00 (late).
    // 1, 2 March: ann alone, 0. 3 March: crowd {0.09, 0.36}, median 0.225: ann −0.135, bob +0.135.
    const result = scoreForecast(
      forecast([yn("a1", "ann", "2024-03-01T10:00Z", 70), yn("b1", "bob", "2024-03-03T12:00Z", 40), yn("c1", "cyd", "2024-03-03T18:00Z", 10)], { closesAt: at("2024-03-03T12:00Z") }),
    );
    const scores = new Map(result.analysts.map((a) => [a.analystId, a]));
    expect(scores.get("ann")!.relativeBrier).toBeCloseTo((0 + 0 - 0.135) / 3, CLOSE); // = −0.045
    expect(scores.get("bob")!.relativeBrier).toBeCloseTo(0.135, CLOSE);
    expect(scores.has("cyd")).toBe(false);
  });
});

describe("annulment", () => {
  test("an annulled forecast scores nobody and makes no statements", () => {
    const f = forecast([yn("p1", "ann", "2024-03-01T00:00Z", 70), yn("p2", "bob", "2024-03-02T00:00Z", 30)], { annulled: true, outcomeScenarioId: null, outcomeKnownAt: at("2024-03-02T12:00Z") });
    expect(scoreForecast(f)).toEqual({ end: at("2024-03-02T12:00Z"), analysts: [], statements: [] });
  });
});

describe("order", () => {
  test("analysts come sorted by id (code-unit order), whatever the input order", () => {
    const predictions = [yn("1", "cyd", "2024-03-01T00:00Z", 50), yn("2", "Bea", "2024-03-01T00:00Z", 50), yn("3", "ann", "2024-03-01T00:00Z", 50), yn("4", "bob", "2024-03-01T00:00Z", 50)];
    const ids = (ps: typeof predictions) => scoreForecast(forecast(ps)).analysts.map((a) => a.analystId);
    expect(ids(predictions)).toEqual(["Bea", "ann", "bob", "cyd"]);
    expect(ids([...predictions].reverse())).toEqual(["Bea", "ann", "bob", "cyd"]);
  });

  test("late predictions are listed in the order they were made", () => {
    const s = only(forecast([yn("z", "ann", "2024-03-01T00:00Z", 50), yn("y", "ann", "2024-03-06T00:00Z", 50), yn("x", "ann", "2024-03-05T00:00Z", 50)]));
    expect(s.latePredictionIds).toEqual(["x", "y"]);
  });
});

describe("bad input throws a plain Error that names the problem", () => {
  const ok = () => forecast([yn("p1", "ann", "2024-03-01T00:00Z", 70)]);
  test.each<[string, ForecastToScore, RegExp]>([
    ["an outcome that is not a scenario", { ...ok(), outcomeScenarioId: "maybe" }, /outcome "maybe" is not one of the forecast's scenarios/],
    ["a prediction missing a scenario", forecast([{ id: "p1", analystId: "ann", createdAt: 0, probabilities: { yes: 100 } }]), /prediction "p1" has no probability for scenario "no"/],
    ["a probability for an unknown scenario", forecast([{ id: "p1", analystId: "ann", createdAt: 0, probabilities: { yes: 50, no: 40, maybe: 10 } }]), /"maybe", which is not a scenario/],
    ["a probability of 0", forecast([yn("p1", "ann", "2024-03-01T00:00Z", 0)]), /scenario "yes" must be between 0.1 and 99.9/],
    ["probabilities not summing to 100", forecast([{ id: "p1", analystId: "ann", createdAt: 0, probabilities: { yes: 50, no: 40 } }]), /must sum to 100/],
    ["an annulled forecast with an outcome", { ...ok(), annulled: true }, /annulled forecast has no outcome/],
    ["a resolved forecast without an outcome", { ...ok(), outcomeScenarioId: null }, /needs an outcome/],
    ["the same prediction twice", forecast([yn("p1", "ann", "2024-03-01T00:00Z", 70), yn("p1", "bob", "2024-03-01T00:00Z", 70)]), /prediction "p1" is listed twice/],
    ["a time that is not a number", forecast([{ ...yn("p1", "ann", "2024-03-01T00:00Z", 70), createdAt: Number.NaN }]), /createdAt must be a time/],
    ["a horizon that is not a number", { ...ok(), closesAt: Number.POSITIVE_INFINITY }, /closesAt must be a time/],
    ["one scenario", { ...ok(), scenarioIds: ["yes"] }, /at least two scenarios/],
  ])("%s", (_, f, message) => {
    expect(() => scoreForecast(f)).toThrow(message);
  });
});

describe("a reopened forecast resolved again with a different outcome", () => {
  test("the scores follow the new outcome and window; nothing is kept from the first scoring", () => {
    const predictions = [yn("a1", "ann", "2024-03-01T00:00Z", 70), yn("b1", "bob", "2024-03-02T00:00Z", 40)];
    const first = scoresOf(forecast(predictions, { outcomeScenarioId: "yes" }));
    expect(first.get("ann")!.finalBrier).toBeCloseTo(0.09, CLOSE); // (0.7 − 1)²
    // Reopened, then resolved "no", known on 1 March 12:00: Bob's prediction is now late.
    const second = scoreForecast(forecast(predictions, { outcomeScenarioId: "no", outcomeKnownAt: at("2024-03-01T12:00Z") }));
    expect(second.analysts.map((a) => a.analystId)).toEqual(["ann"]);
    expect(second.analysts[0].finalBrier).toBeCloseTo(0.49, CLOSE); // (0.7 − 0)²
    expect(second.analysts[0].finalLogScore).toBeCloseTo(Math.log(0.3), CLOSE);
    expect(second.statements.map((s) => [s.scenarioId, s.outcome])).toEqual([["yes", 0], ["no", 1]]);
  });
});
