import { describe, expect, test } from "vitest";
import { hasAtMostOneDecimal, validateProbabilityVector } from "./probability";

describe("hasAtMostOneDecimal", () => {
  test.each([
    { value: 12.3, ok: true },
    { value: 0.1, ok: true },
    { value: 99.9, ok: true },
    { value: 0.1 + 0.2, ok: true }, // 0.30000000000000004 is 0.3 typed through arithmetic
    { value: 40, ok: true },
    { value: 12.34, ok: false },
    { value: 12.05, ok: false },
    { value: 33.33, ok: false },
  ])("$value → $ok", ({ value, ok }) => expect(hasAtMostOneDecimal(value)).toBe(ok));
});

describe("validateProbabilityVector", () => {
  test.each([
    { label: "yes/no", values: [67.5, 32.5] },
    { label: "thirds that add up in binary only approximately", values: [33.3, 33.3, 33.4] },
    { label: "edges 0.1 and 99.9", values: [0.1, 99.9] },
    { label: "twelve scenarios", values: [8.3, 8.3, 8.3, 8.3, 8.3, 8.3, 8.3, 8.3, 8.4, 8.4, 8.4, 8.4] },
    { label: "tenths summing through many additions", values: [10.1, 20.2, 30.3, 39.4] },
  ])("accepts $label", ({ values }) => {
    expect(validateProbabilityVector(values)).toEqual({ ok: true });
  });

  test.each([
    { label: "0 is below 0.1", values: [0, 100], index: 0 },
    { label: "100 is above 99.9", values: [100, 0.1], index: 0 },
    { label: "0.05 is below 0.1", values: [0.05, 99.95], index: 0 },
    { label: "two decimals", values: [12.34, 87.66], index: 0 },
    { label: "NaN", values: [Number.NaN, 50], index: 0 },
  ])("reports the entry at fault: $label", ({ values, index }) => {
    const result = validateProbabilityVector(values);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.index)).toContain(index);
  });

  test("a sum off by more than 0.05 is an issue of the whole vector", () => {
    expect(validateProbabilityVector([60, 30])).toEqual({
      ok: false,
      issues: [{ index: null, message: "probabilities must sum to 100 (±0.05), got 90" }],
    });
    expect(validateProbabilityVector([50, 50.1]).ok).toBe(false);
  });

  test("lists every issue, not only the first", () => {
    const result = validateProbabilityVector([0, 12.34, 99.9]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.index)).toEqual([0, 1, null]);
  });

  test("an empty vector is refused", () => {
    expect(validateProbabilityVector([]).ok).toBe(false);
  });
});
