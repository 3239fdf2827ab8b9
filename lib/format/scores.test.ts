import { describe, expect, test } from "vitest";
import { evenSplitBrier, formatScore, relativeWords } from "./scores";

describe("formatScore: three decimals and a true minus sign", () => {
  test.each([
    [0.09, "0.090"],
    [0.36, "0.360"],
    [-0.135, "\u22120.135"],
    [-0.0004, "0.000"],
    [0.0005, "0.001"],
    [Math.log(0.7), "\u22120.357"],
    [0, "0.000"],
  ])("%d → %s", (value, shown) => {
    expect(formatScore(value)).toBe(shown);
  });
});

describe("relativeWords: negative is better than the crowd", () => {
  test.each([
    [-0.135, "better than the crowd"],
    [0.135, "worse than the crowd"],
    [0, "level with the crowd"],
    // Shown as 0.000, so said as level: words and number never disagree.
    [-0.0004, "level with the crowd"],
  ])("%d → %s", (value, words) => {
    expect(relativeWords(value)).toBe(words);
  });
});

test("an even split scores ½(K−1)/K: 0.25 on yes/no, 1/3 on three scenarios", () => {
  // Yes/no at 50/50, Yes occurs: ½((0.5−1)² + (0.5−0)²) = 0.25.
  expect(evenSplitBrier(2)).toBeCloseTo(0.25, 12);
  // Three at 1/3 each: ½((2/3)² + 2·(1/3)²) = ½·(6/9) = 1/3.
  expect(evenSplitBrier(3)).toBeCloseTo(1 / 3, 12);
});
