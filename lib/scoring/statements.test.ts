/** The probability statements calibration reads: one per scenario of each scored analyst's final prediction. */
import { describe, expect, test } from "vitest";
import { scoreForecast } from "./score-forecast";
import { abc, at, threeScenarios } from "./test-builders";

describe("statements of a resolved forecast", () => {
  const f = threeScenarios(
    [
      abc("b1", "bob", "2024-03-02T00:00Z", 20, 30, 50),
      abc("a1", "ann", "2024-03-01T00:00Z", 60, 30, 10), // replaced by a2: not a statement
      abc("a2", "ann", "2024-03-03T00:00Z", 50, 40, 10),
      abc("a3", "ann", "2024-03-06T00:00Z", 10, 80, 10), // late: not a statement
      abc("c1", "cyd", "2024-03-07T00:00Z", 10, 80, 10), // only late: cyd is not scored
    ],
    "b",
  );

  test("one per scenario of each scored analyst's final prediction, outcome 1 only for the scenario that occurred", () => {
    expect(scoreForecast(f).statements).toEqual([
      { analystId: "ann", scenarioId: "a", probability: 50, outcome: 0 },
      { analystId: "ann", scenarioId: "b", probability: 40, outcome: 1 },
      { analystId: "ann", scenarioId: "c", probability: 10, outcome: 0 },
      { analystId: "bob", scenarioId: "a", probability: 20, outcome: 0 },
      { analystId: "bob", scenarioId: "b", probability: 30, outcome: 1 },
      { analystId: "bob", scenarioId: "c", probability: 50, outcome: 0 },
    ]);
  });

  test("their squared errors add up to twice each analyst's final Brier", () => {
    const result = scoreForecast(f);
    for (const analyst of result.analysts) {
      const own = result.statements.filter((s) => s.analystId === analyst.analystId);
      const sumOfSquares = own.reduce((sum, s) => sum + (s.probability / 100 - s.outcome) ** 2, 0);
      expect(sumOfSquares / 2).toBeCloseTo(analyst.finalBrier, 12);
    }
  });

  test("an annulled forecast has none", () => {
    expect(scoreForecast({ ...f, annulled: true, outcomeScenarioId: null, outcomeKnownAt: at("2024-03-05T00:00Z") }).statements).toEqual([]);
  });
});
