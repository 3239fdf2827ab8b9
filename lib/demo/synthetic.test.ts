import { describe, expect, test } from "vitest";
import { analystName, randomTenths, seededRandom, tagPicker } from "./synthetic";

describe("synthetic data", () => {
  test("the same seed gives the same sequence", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  test("probabilities are valid predictions: each 1–999 tenths, summing to 1000", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 2000; i++) {
      const tenths = randomTenths(random, 2 + (i % 11));
      expect(tenths.reduce((a, b) => a + b, 0)).toBe(1000);
      for (const t of tenths) expect(t).toBeGreaterThanOrEqual(1);
      for (const t of tenths) expect(t).toBeLessThanOrEqual(999);
    }
  });

  test("tags run from common to rare", () => {
    const random = seededRandom(2);
    const next = tagPicker(300);
    const counts = new Map<string, number>();
    for (let i = 0; i < 30_000; i++) {
      const tag = next(random);
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(2_000);
    expect(sorted.at(-1)).toBeLessThan(30);
  });

  test("analyst names are unique", () => {
    const names = new Set(Array.from({ length: 1000 }, (_, i) => analystName(i)));
    expect(names.size).toBe(1000);
  });
});
