import { describe, expect, test } from "vitest";
import { brier, brierScore } from "./brier";

describe("brierScore: ½ Σ (p_k − o_k)², p as fractions", () => {
  test.each<[string, Record<string, number>, string, string[], number]>([
    ["yes/no, 70% on what happened: (0.7 − 1)²", { yes: 70, no: 30 }, "yes", ["yes", "no"], 0.09],
    ["yes/no, 70% on what did not: (0.7 − 0)²", { yes: 70, no: 30 }, "no", ["yes", "no"], 0.49],
    ["yes/no, 50%: 0.5²", { yes: 50, no: 50 }, "yes", ["yes", "no"], 0.25],
    ["three scenarios: ½ (0.5² + 0.7² + 0.2²) = 0.39", { a: 50, b: 30, c: 20 }, "b", ["a", "b", "c"], 0.39],
    ["four scenarios, 25% each: ½ (0.75² + 3 × 0.25²) = 0.375", { a: 25, b: 25, c: 25, d: 25 }, "d", ["a", "b", "c", "d"], 0.375],
    ["99.9% on the outcome: ½ (0.001² + 0.001²) = 0.000001", { yes: 99.9, no: 0.1 }, "yes", ["yes", "no"], 0.000001],
  ])("%s", (_, probabilities, outcome, scenarioIds, expected) => {
    expect(brierScore(probabilities, outcome, scenarioIds)).toBeCloseTo(expected, 12);
  });

  test("for yes/no it is (p − o)² (Good Judgment Open's 0–2 figure is twice it)", () => {
    for (let yes = 0.1; yes < 100; yes += 7.3) {
      const p = Math.round(yes * 10) / 10;
      const score = brierScore({ yes: p, no: Math.round((100 - p) * 10) / 10 }, "yes", ["yes", "no"]);
      expect(score).toBeCloseTo((p / 100 - 1) ** 2, 12);
    }
  });

  test("the bare rule reads fractions in scenario order and the outcome's index", () => {
    expect(brier([0.5, 0.3, 0.2], 1)).toBeCloseTo(0.39, 12);
    expect(brier([1, 0], 0)).toBe(0);
    expect(brier([0, 1], 0)).toBe(1);
  });

  test.each<[string, () => number, RegExp]>([
    ["an outcome that is not a scenario", () => brierScore({ yes: 70, no: 30 }, "maybe", ["yes", "no"]), /outcome "maybe" is not one of/],
    ["a missing scenario", () => brierScore({ yes: 70 }, "yes", ["yes", "no"]), /no probability for scenario "no"/],
    ["an unknown scenario", () => brierScore({ yes: 70, no: 20, maybe: 10 }, "yes", ["yes", "no"]), /"maybe", which is not a scenario/],
    ["a probability above 99.9", () => brierScore({ yes: 100, no: 0 }, "yes", ["yes", "no"]), /between 0.1 and 99.9/],
    ["a sum far from 100", () => brierScore({ yes: 70, no: 20 }, "yes", ["yes", "no"]), /must sum to 100/],
    ["a scenario listed twice", () => brierScore({ yes: 70, no: 30 }, "yes", ["yes", "yes"]), /listed twice/],
  ])("throws on %s", (_, call, message) => {
    expect(call).toThrow(message);
  });
});
