import { describe, expect, it } from "vitest";
import { assessAt } from "./assessment";
import type { IndicatorFacts, Probabilities, ResolutionFacts, ScenarioRef } from "./types";

const DAY = 86_400_000;
const D0 = Date.parse("2021-10-01T00:00Z");
const day = (n: number) => D0 + n * DAY;

const scenarios: ScenarioRef[] = [
  { id: "a", label: "Harassing attacks continue", baseline: true },
  { id: "b", label: "Lethal attacks resume", baseline: false },
  { id: "c", label: "Attacks stop", baseline: false },
];
const prior = { a: 50, b: 30, c: 20 };

function indicator(
  id: string,
  scenarioId: string,
  direction: "for" | "against",
  likelihoodRatio: number,
  eventTimes: number[],
  overrides: Partial<IndicatorFacts> = {},
): IndicatorFacts {
  return {
    id,
    scenarioId,
    description: `${id}: ${direction} ${scenarioId}`,
    direction,
    likelihoodRatio,
    expectedBy: null,
    retired: false,
    eventTimes,
    ...overrides,
  };
}

function expectClose(actual: Probabilities, expected: Probabilities) {
  for (const id of Object.keys(expected)) expect(actual[id]).toBeCloseTo(expected[id], 9);
}

describe("assessAt through a forecast's life", () => {
  const indicators = [
    indicator("i1", "a", "for", 3, [day(2)]), // supports the baseline
    indicator("i2", "c", "against", 2, [day(3)]), // against an alternative: also supports it
    indicator("i3", "b", "for", 1.5, [day(4)]), // points away
    indicator("i4", "a", "against", 2, [day(6)]), // points away
    indicator("i5", "b", "for", 3, [day(8)]), // points away
    indicator("i6", "a", "for", 10, [day(9)]), // supports the baseline
  ];
  const assess = (t: number, resolution: ResolutionFacts | null = null) =>
    assessAt({ scenarios, indicators, prior, t, resolution });

  it("holds with no evidence: e is the prior", () => {
    const result = assess(day(1));
    expect(result.status).toBe("holding");
    expect(result.reason).toEqual({ kind: "no_contrary_evidence" });
    expectClose(result.implied, { a: 50, b: 30, c: 20 });
  });

  it("still holds after evidence for the baseline and against an alternative", () => {
    // w = 50×3 = 150, 30, 20/2 = 10; Σ 190 → 78.947, 15.789, 5.263
    const result = assess(day(3));
    expect(result.status).toBe("holding");
    expectClose(result.implied, { a: 1500 / 19, b: 300 / 19, c: 100 / 19 });
  });

  it("is contested once a 'for' indicator of an alternative is observed", () => {
    // w = 150, 30×1.5 = 45, 10; Σ 205 → a 73.17 is still highest
    const result = assess(day(4));
    expect(result.status).toBe("contested");
    expectClose(result.implied, { a: 15000 / 205, b: 4500 / 205, c: 1000 / 205 });
    expect(result.reason).toEqual({
      kind: "contrary_indicator",
      indicatorId: "i3",
      description: "i3: for b",
      observedAt: day(4),
      direction: "for",
      scenarioId: "b",
      label: "Lethal attacks resume",
    });
  });

  it("names the most recently observed contrary indicator", () => {
    // w = 150/2 = 75, 45, 10; Σ 130 → 57.69, 34.62, 7.69: still contested, now because of i4
    const result = assess(day(7));
    expect(result.status).toBe("contested");
    expectClose(result.implied, { a: 7500 / 130, b: 4500 / 130, c: 1000 / 130 });
    expect(result.reason).toMatchObject({ kind: "contrary_indicator", indicatorId: "i4", direction: "against" });
  });

  it("is overtaken when an alternative's e exceeds the baseline's", () => {
    // w = 75, 45×3 = 135, 10; Σ 220 → 34.09, 61.36, 4.55
    const result = assess(day(8));
    expect(result.status).toBe("overtaken");
    expect(result.reason).toEqual({
      kind: "overtaken",
      scenarioId: "b",
      label: "Lethal attacks resume",
      implied: result.implied.b,
      baselineImplied: result.implied.a,
    });
    expectClose(result.implied, { a: 7500 / 220, b: 13500 / 220, c: 1000 / 220 });
  });

  it("goes back to contested when the baseline regains the lead", () => {
    // w = 75×10 = 750, 135, 10; Σ 895 → 83.80 for a; i5 is the latest contrary indicator
    const result = assess(day(9));
    expect(result.status).toBe("contested");
    expectClose(result.implied, { a: 75000 / 895, b: 13500 / 895, c: 1000 / 895 });
    expect(result.reason).toMatchObject({ indicatorId: "i5" });
  });

  describe("resolution, from its outcomeKnownAt", () => {
    const resolved = (outcomeScenarioId: string | null): ResolutionFacts => ({
      annulled: outcomeScenarioId === null,
      outcomeScenarioId,
      outcomeKnownAt: day(10),
      resolvedAt: day(12),
    });

    it("is assessed on its evidence until the outcome is known", () => {
      expect(assess(day(10) - 1, resolved("a")).status).toBe("contested");
    });

    it("is borne out when the baseline occurred", () => {
      const result = assess(day(10), resolved("a"));
      expect(result.status).toBe("borne_out");
      expect(result.reason).toEqual({
        kind: "resolved",
        outcomeScenarioId: "a",
        label: "Harassing attacks continue",
        borneOut: true,
        outcomeKnownAt: day(10),
      });
      // the implied line carries on past the resolution
      expectClose(result.implied, { a: 75000 / 895 });
    });

    it("is not borne out when an alternative occurred", () => {
      const result = assess(day(11), resolved("c"));
      expect(result.status).toBe("not_borne_out");
      expect(result.reason).toMatchObject({ kind: "resolved", outcomeScenarioId: "c", borneOut: false });
    });

    it("is annulled when annulled", () => {
      const result = assess(day(11), resolved(null));
      expect(result.status).toBe("annulled");
      expect(result.reason).toEqual({ kind: "annulled", outcomeKnownAt: day(10) });
    });
  });
});

describe("assessAt edges", () => {
  const two: ScenarioRef[] = [
    { id: "a", label: "Yes", baseline: true },
    { id: "b", label: "No", baseline: false },
  ];
  const assess = (p: Probabilities, indicators: IndicatorFacts[], s: ScenarioRef[] = two) =>
    assessAt({ scenarios: s, indicators, prior: p, t: day(5), resolution: null });

  it("keeps the baseline on top in an exact tie: contested, not overtaken", () => {
    // w = 60, 40×1.5 = 60
    const result = assess({ a: 60, b: 40 }, [indicator("i1", "b", "for", 1.5, [day(1)])]);
    expect(result.status).toBe("contested");
  });

  it("treats a tie that floating point gets wrong as a tie", () => {
    // w = 0.3, 0.1×3 = 0.30000000000000004: equal on paper, b ahead by 1e-14 points in doubles
    const result = assess({ a: 0.3, b: 0.1 }, [indicator("i1", "b", "for", 3, [day(1)])]);
    expect(result.implied.b).toBeGreaterThan(result.implied.a);
    expect(result.status).toBe("contested");
  });

  it("names the first listed of two alternatives tied ahead of the baseline", () => {
    const result = assess({ a: 20, b: 40, c: 40 }, [], scenarios);
    expect(result.reason).toMatchObject({ kind: "overtaken", scenarioId: "b" });
  });

  it("ignores a retired contrary indicator", () => {
    const result = assess({ a: 60, b: 40 }, [indicator("i1", "b", "for", 1.2, [day(1)], { retired: true })]);
    expect(result.status).toBe("holding");
  });

  it("is not moved by an overdue indicator", () => {
    const overdue = indicator("i1", "a", "for", 10, [], { expectedBy: day(1) });
    const result = assess({ a: 30, b: 70 }, [overdue]);
    expect(result.status).toBe("overtaken");
    expectClose(result.implied, { a: 30, b: 70 });
  });

  it("ignores a contrary indicator whose event is after t", () => {
    const result = assess({ a: 60, b: 40 }, [indicator("i1", "b", "for", 1.2, [day(5) + 1])]);
    expect(result.status).toBe("holding");
  });

  it("names the first listed of two contrary indicators observed at the same moment", () => {
    const result = assess({ a: 90, b: 10 }, [
      indicator("i1", "b", "for", 1.2, [day(1)]),
      indicator("i2", "a", "against", 1.2, [day(1)]),
    ]);
    expect(result.reason).toMatchObject({ indicatorId: "i1" });
  });

  it("refuses scenarios without a baseline", () => {
    const noBaseline = two.map((s) => ({ ...s, baseline: false }));
    expect(() => assess({ a: 60, b: 40 }, [], noBaseline)).toThrow(RangeError);
  });
});
