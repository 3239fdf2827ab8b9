import { describe, expect, test } from "vitest";
import { median } from "./median";

describe("median", () => {
  test.each<[number[], number]>([
    [[0.3], 0.3],
    [[0.36, 0.09, 0.01], 0.09], // odd: the middle one, whatever the order
    [[0.16, 0.01, 0.09, 0.04], (0.04 + 0.09) / 2], // even: the mean of the two middle values
    [[0.09, 0.36], (0.09 + 0.36) / 2],
    [[1, 1, 2, 5], (1 + 2) / 2], // repeated values count each time
  ])("%j → %s", (values, expected) => {
    expect(median(values)).toBeCloseTo(expected, 15);
  });

  test("sorts numbers as numbers, and leaves its input alone", () => {
    const values = [10, 9, 100];
    expect(median(values)).toBe(10);
    expect(values).toEqual([10, 9, 100]);
  });

  test("has no middle without values", () => {
    expect(() => median([])).toThrow(/empty/);
  });
});
