import { describe, expect, test } from "vitest";
import { normaliseToHundred, remainderOf } from "./complete";
import { validateProbabilityVector } from "./probability";

describe("remainderOf: fill the rest", () => {
  test.each([
    { label: "No = 100 − Yes", values: [70, null], rest: { index: 1, value: 30 } },
    { label: "the first box open", values: [null, 67.5], rest: { index: 0, value: 32.5 } },
    { label: "the last of four", values: [40, 25.5, 10.1, null], rest: { index: 3, value: 24.4 } },
    { label: "a tenth left", values: [99.9, null], rest: { index: 1, value: 0.1 } },
  ])("$label", ({ values, rest }) => expect(remainderOf(values)).toEqual(rest));

  test.each([
    { label: "two boxes open", values: [50, null, null] },
    { label: "none open", values: [50, 50] },
    { label: "the others already make 100", values: [60, 40, null] },
    { label: "the others make more than 100", values: [80, 30, null] },
    { label: "a single box", values: [null] },
  ])("nothing to fill when $label", ({ values }) => expect(remainderOf(values)).toBeNull());
});

describe("normaliseToHundred", () => {
  test.each([
    { values: [60, 30], result: [66.7, 33.3] },
    { values: [50, 50, 50], result: [33.4, 33.3, 33.3] },
    { values: [1, 1, 1], result: [33.4, 33.3, 33.3] },
    { values: [70, 40], result: [63.6, 36.4] },
    { values: [45, 45, 5], result: [47.4, 47.4, 5.2] },
    { values: [99.9, 0.1, 0.1], result: [99.8, 0.1, 0.1] },
    { values: [67.5, 32.5], result: [67.5, 32.5] },
  ])("$values → $result", ({ values, result }) => {
    const normalised = normaliseToHundred(values);
    expect(normalised).toEqual(result);
    expect(validateProbabilityVector(normalised!)).toEqual({ ok: true });
  });

  test("keeps every box at 0.1 or more", () => {
    const normalised = normaliseToHundred([99.9, 99.9, 0.1])!;
    expect(Math.min(...normalised)).toBe(0.1);
    expect(validateProbabilityVector(normalised)).toEqual({ ok: true });
  });

  test.each([[[]], [[0, 0]], [[50]]])("nothing to normalise in %j", (values) => expect(normaliseToHundred(values)).toBeNull());

  test("any vector of valid percentages comes out valid", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 500; run++) {
      const n = 2 + Math.floor(random() * 11);
      const values = Array.from({ length: n }, () => Math.round((0.1 + random() * 99.8) * 10) / 10);
      const normalised = normaliseToHundred(values);
      expect(normalised && validateProbabilityVector(normalised), `${values}`).toEqual({ ok: true });
    }
  });
});
