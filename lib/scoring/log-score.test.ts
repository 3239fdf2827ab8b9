import { describe, expect, test } from "vitest";
import { logOfOutcome, logScore } from "./log-score";

describe("logScore: ln of the outcome's probability", () => {
  test.each<[Record<string, number>, string, number]>([
    [{ yes: 70, no: 30 }, "yes", Math.log(0.7)],
    [{ yes: 70, no: 30 }, "no", Math.log(0.3)],
    [{ a: 50, b: 30, c: 20 }, "c", Math.log(0.2)],
    [{ yes: 99.9, no: 0.1 }, "no", Math.log(0.001)], // the lowest a prediction can score: −6.9078
    [{ yes: 99.9, no: 0.1 }, "yes", Math.log(0.999)],
  ])("%o, outcome %s", (probabilities, outcome, expected) => {
    expect(logScore(probabilities, outcome)).toBeCloseTo(expected, 12);
  });

  test("certainty on the outcome scores 0, and the score is never positive", () => {
    expect(logOfOutcome(1)).toBe(0);
    expect(logScore({ yes: 99.9, no: 0.1 }, "yes")).toBeLessThan(0);
  });

  test("throws when the outcome has no probability or an impossible one", () => {
    expect(() => logScore({ yes: 70, no: 30 }, "maybe")).toThrow(/no probability for the outcome "maybe"/);
    expect(() => logScore({ yes: 100, no: 0 }, "no")).toThrow(/outcome "no" must be a percentage from 0.1 to 99.9, got 0/);
  });
});
