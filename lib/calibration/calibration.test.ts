import { describe, expect, test } from "vitest";
import { binIndexOf, binIndexOfTenths, binsOf } from "./bins";
import { adjustedDiscrimination, areaUnderCurve, calibrate, countsOf, mergeCounts, overconfidenceOf } from "./calibrate";
import { wilsonInterval, Z95 } from "./wilson";

const pairs = (...list: [number, 0 | 1][]) => countsOf(list.map(([probability, outcome]) => ({ probability, outcome })));

describe("bin edges (SPEC §5 and §3)", () => {
  test("deciles: 10% falls in [10, 20), 9.9% in [0, 10), 100% and 90% in the last decile", () => {
    expect(binIndexOf(10, "deciles")).toBe(1);
    expect(binIndexOf(9.9, "deciles")).toBe(0);
    expect(binIndexOf(0, "deciles")).toBe(0);
    expect(binIndexOf(90, "deciles")).toBe(9);
    expect(binIndexOf(100, "deciles")).toBe(9);
    expect(binsOf("deciles")).toHaveLength(10);
  });

  test("ICD 203: 5 is very unlikely, 45 and 55 roughly even, 55.1 likely, 80 likely, 80.1 very likely, 95.1 almost certain", () => {
    const word = (p: number) => binsOf("icd203")[binIndexOf(p, "icd203")].label;
    expect(word(4.9)).toBe("almost no chance");
    expect(word(5)).toBe("very unlikely");
    expect(word(44.9)).toBe("unlikely");
    expect(word(45)).toBe("roughly even chance");
    expect(word(55)).toBe("roughly even chance");
    expect(word(55.1)).toBe("likely");
    expect(word(80)).toBe("likely");
    expect(word(80.1)).toBe("very likely");
    expect(word(95)).toBe("very likely");
    expect(word(95.1)).toBe("almost certain");
  });

  test("PHIA: its gaps are bins of their own, named by both neighbours, never forced into a word", () => {
    const word = (p: number) => binsOf("phia")[binIndexOf(p, "phia")].label;
    expect(binsOf("phia")).toHaveLength(13);
    expect(word(5)).toBe("remote chance");
    expect(word(7)).toBe("between remote chance and highly unlikely");
    expect(word(10)).toBe("highly unlikely");
    expect(word(49.9)).toBe("realistic possibility");
    expect(word(50)).toBe("between realistic possibility and likely");
    expect(word(55)).toBe("likely");
    expect(word(92)).toBe("between highly likely and almost certain");
    expect(word(100)).toBe("almost certain");
  });
});

describe("Wilson score interval, z = 1.959964", () => {
  test("n = 1, one success: centre (1 + z²/2)/(1 + z²), half-width z·√(z²/4)/(1 + z²) — so [z²/(1+z²), 1]", () => {
    const z2 = Z95 * Z95; // 3.841458…
    const interval = wilsonInterval(1, 1)!;
    expect(interval.low).toBeCloseTo(1 / (1 + z2), 12); // 0.20654…
    expect(interval.low).toBeCloseTo(0.206549, 6);
    expect(interval.high).toBe(1);
  });

  test("p̂ = 0 of 10: low is 0, high is z²/(n + z²) = 3.841458/13.841458 = 0.277533", () => {
    const interval = wilsonInterval(0, 10)!;
    expect(interval.low).toBe(0);
    expect(interval.high).toBeCloseTo((Z95 * Z95) / (10 + Z95 * Z95), 12);
    expect(interval.high).toBeCloseTo(0.277533, 6);
  });

  test("p̂ = 1 of 10 mirrors p̂ = 0; 5 of 10 is symmetric around ½; n = 0 has none", () => {
    expect(wilsonInterval(10, 10)!.low).toBeCloseTo(1 - 0.277533, 6);
    const half = wilsonInterval(5, 10)!;
    expect(half.low + half.high).toBeCloseTo(1, 12);
    // ½ ± z/(1+z²/n)·√(0.025 + z²/400): 1.959964/1.384146 · √(0.025 + 0.009604) = 1.415999 · 0.186020 = 0.263407
    expect(half.high - 0.5).toBeCloseTo(0.263407, 5);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("mergeCounts", () => {
  test("adds up counts of the same probability and outcome, in probability then outcome order, dropping zeros", () => {
    const merged = mergeCounts([
      { tenths: 700, outcome: 1, n: 3 },
      { tenths: 0, outcome: 0, n: 2 },
      { tenths: 700, outcome: 0, n: 1 },
      { tenths: 1000, outcome: 1, n: 0 },
      { tenths: 700, outcome: 1, n: 4 },
      { tenths: 1000, outcome: 1, n: 5 },
    ]);
    expect(merged).toEqual([
      { tenths: 0, outcome: 0, n: 2 },
      { tenths: 700, outcome: 0, n: 1 },
      { tenths: 700, outcome: 1, n: 3 + 4 },
      { tenths: 1000, outcome: 1, n: 5 },
    ]);
  });

  test("a probability off the stored grid (a fraction of a tenth) is kept as given, in order", () => {
    const merged = mergeCounts(
      (function* () {
        yield { tenths: 500, outcome: 1 as const, n: 1 };
        yield { tenths: 250.5, outcome: 0 as const, n: 2 };
        yield { tenths: 500, outcome: 1 as const, n: 1 };
      })(),
    );
    expect(merged).toEqual([
      { tenths: 250.5, outcome: 0, n: 2 },
      { tenths: 500, outcome: 1, n: 2 },
    ]);
  });
});

describe("calibrate: bins and the Murphy decomposition", () => {
  // Four pairs: 20% → no, 20% → yes, 80% → yes, 80% → yes.
  const four = pairs([20, 0], [20, 1], [80, 1], [80, 1]);

  test("per bin: n, mean forecast, observed frequency (percentages); empty bins listed with nulls", () => {
    const result = calibrate(four);
    expect(result.n).toBe(4);
    expect(result.bins).toHaveLength(10);
    expect(result.bins[2]).toMatchObject({ lower: 20, upper: 30, n: 2, meanForecast: 20, observedFrequency: 50 });
    expect(result.bins[8]).toMatchObject({ lower: 80, upper: 90, n: 2, meanForecast: 80, observedFrequency: 100 });
    expect(result.bins[0]).toMatchObject({ n: 0, meanForecast: null, observedFrequency: null, wilsonLow: null, wilsonHigh: null });
  });

  test("REL = Σ n(f̄ − ō_b)²/N, RES = Σ n(ō_b − ō)²/N, UNC = ō(1 − ō), by hand", () => {
    const result = calibrate(four);
    // ō = 3/4. REL = (2·(0.2 − 0.5)² + 2·(0.8 − 1)²)/4 = (0.18 + 0.08)/4 = 0.065
    expect(result.reliability).toBeCloseTo(0.065, 12);
    // RES = (2·(0.5 − 0.75)² + 2·(1 − 0.75)²)/4 = (0.125 + 0.125)/4 = 0.0625
    expect(result.resolution).toBeCloseTo(0.0625, 12);
    // UNC = 0.75 · 0.25 = 0.1875
    expect(result.uncertainty).toBeCloseTo(0.1875, 12);
    // mean (p − o)² = (0.04 + 0.64 + 0.04 + 0.04)/4 = 0.19 = REL − RES + UNC (one probability per bin)
    expect(result.brier).toBeCloseTo(0.19, 12);
    expect(result.brier!).toBeCloseTo(result.reliability! - result.resolution! + result.uncertainty!, 12);
  });

  test("with different probabilities in a bin, REL − RES + UNC misses the mean (p − o)² by the within-bin terms, and that identity holds", () => {
    // Bin [10, 20): 10% → no, 18% → yes. Bin [90, 100]: 90% → yes, 100% → yes.
    const list: [number, 0 | 1][] = [[10, 0], [18, 1], [90, 1], [100, 1]];
    const result = calibrate(pairs(...list));
    // mean (p − o)² = (0.01 + 0.6724 + 0.01 + 0)/4 = 0.1731
    expect(result.brier).toBeCloseTo(0.1731, 12);
    // f̄ = 0.14 and 0.95; ō_b = 0.5 and 1; ō = 0.75.
    // REL = (2·0.36² + 2·0.05²)/4 = (0.2592 + 0.005)/4 = 0.06605; RES = 0.0625; UNC = 0.1875
    expect(result.reliability).toBeCloseTo(0.06605, 12);
    const decomposed = result.reliability! - result.resolution! + result.uncertainty!; // 0.19105
    expect(decomposed).toBeCloseTo(0.19105, 12);
    // within-bin variance of p: ((−0.04)² + 0.04² + (−0.05)² + 0.05²)/4 = 0.00205
    // within-bin covariance of p and o: ((−0.04)(−0.5) + (0.04)(0.5) + 0 + 0)/4 = 0.01
    // mean (p − o)² = REL − RES + UNC + variance − 2·covariance = 0.19105 + 0.00205 − 0.02 = 0.1731
    expect(result.brier!).toBeCloseTo(decomposed + 0.00205 - 2 * 0.01, 12);
  });

  test("ICD 203 bins put 55 in roughly even and 67.5 in likely", () => {
    const result = calibrate(pairs([55, 1], [67.5, 1], [67.5, 0]), "icd203");
    expect(result.bins[3]).toMatchObject({ label: "roughly even chance", n: 1 });
    expect(result.bins[4]).toMatchObject({ label: "likely", n: 2, meanForecast: 67.5, observedFrequency: 50 });
  });

  test("no statements: n = 0 and every figure null", () => {
    expect(calibrate([])).toMatchObject({ n: 0, brier: null, reliability: null, resolution: null, uncertainty: null, auc: null, andi: null, overconfidence: null });
  });
});

describe("discrimination", () => {
  test("AUC counts ties as ½: positives at 80, 50; negatives at 50, 20 → (1 + 1 + ½ + 1)/4 = 0.875", () => {
    expect(areaUnderCurve(pairs([80, 1], [50, 1], [50, 0], [20, 0]))).toBe(0.875);
  });

  test("AUC is 1 when every yes had more than every no, ½ when all said the same, null with one kind only", () => {
    expect(areaUnderCurve(pairs([90, 1], [10, 0]))).toBe(1);
    expect(areaUnderCurve(pairs([40, 1], [40, 0], [40, 0]))).toBe(0.5);
    expect(areaUnderCurve(pairs([40, 1], [60, 1]))).toBeNull();
  });

  test("ANDI = (N·η² − J + 1)/(N − J + 1): the four pairs above give η² = 0.0625/0.1875 = ⅓, J = 2: (4/3 − 1)/3 = 1/9", () => {
    expect(calibrate(pairs([20, 0], [20, 1], [80, 1], [80, 1])).andi).toBeCloseTo(1 / 9, 12);
    expect(adjustedDiscrimination(4, 2, 0.0625, 0.1875)).toBeCloseTo(1 / 9, 12);
  });

  test("ANDI at its edges: null when UNC = 0 (all outcomes alike) and when N ≤ J − 1", () => {
    expect(calibrate(pairs([20, 1], [80, 1])).andi).toBeNull();
    expect(adjustedDiscrimination(2, 3, 0.1, 0.2)).toBeNull();
    // N = J: the denominator is 1, (N·η² − N + 1)
    expect(adjustedDiscrimination(2, 2, 0.25, 0.25)).toBeCloseTo(2 * 1 - 2 + 1, 12);
  });

  test("overconfidence: over p > 50 only, mean p − mean o in points; 50 itself does not lean", () => {
    // 70 → yes, 90 → no: mean p 80, mean o 50 → +30 (overconfident). 50 → no and 30 → yes ignored.
    expect(overconfidenceOf(pairs([70, 1], [90, 0], [50, 0], [30, 1]))).toBeCloseTo(30, 12);
    // 60 → yes, 60 → yes: mean p 60, mean o 100 → −40 (underconfident)
    expect(overconfidenceOf(pairs([60, 1], [60, 1]))).toBeCloseTo(-40, 12);
    expect(overconfidenceOf(pairs([50, 1], [20, 0]))).toBeNull();
  });
});

describe("quarterly trend", () => {
  test("months group into calendar quarters, oldest first, each scored on its own statements", async () => {
    const { cellsOf, quarterlyTrend } = await import("./trend");
    const trend = quarterlyTrend(cellsOf([
      { month: 202404, tenths: 800, outcome: 1, n: 1 }, // Q2: (0.8 − 1)² = 0.04
      { month: 202403, tenths: 200, outcome: 1, n: 1 }, // Q1: (0.2 − 1)² = 0.64
      { month: 202401, tenths: 200, outcome: 0, n: 1 }, // Q1: 0.04 → mean (0.64 + 0.04)/2 = 0.34
    ]));
    expect(trend.map((q) => [q.quarter, q.n])).toEqual([["2024 Q1", 2], ["2024 Q2", 1]]);
    expect(trend[0].brier).toBeCloseTo(0.34, 12);
    // Q1's one bin [20, 30): f̄ 0.2, ō 0.5 → REL = (0.2 − 0.5)² = 0.09
    expect(trend[0].reliability).toBeCloseTo(0.09, 12);
    expect(trend[1].brier).toBeCloseTo(0.04, 12);
  });
});

describe("the page's sentences", () => {
  test("a bin read aloud, in words or as a decile; the busiest bin first; empty bins say nothing", async () => {
    const { binSentence, headlineSentence } = await import("./reading");
    const words = calibrate(pairs([67.5, 1], [67.5, 1], [60, 0], [20, 0]), "icd203");
    // "likely" (55, 80]: 67.5, 67.5, 60 → 2 of 3 happened = 67%
    expect(binSentence(words.bins[4], true)).toBe("When we said likely, it happened 67% of the time (n = 3).");
    expect(headlineSentence(words, true)).toBe("When we said likely, it happened 67% of the time (n = 3).");
    expect(binSentence(calibrate(pairs([64, 1])).bins[6], false)).toBe("When we said 60 to 70%, it happened 100% of the time (n = 1).");
    expect(binSentence(words.bins[0], true)).toBeNull();
  });

  test("over- and underconfidence in points; discrimination in words", async () => {
    const { confidenceSentence, discriminationSentence } = await import("./reading");
    expect(confidenceSentence(-6.2)).toBe("When we leaned one way we were right 6 points more often than we said: underconfident.");
    expect(confidenceSentence(1)).toBe("When we leaned one way we were right 1 point less often than we said: overconfident.");
    expect(confidenceSentence(0.2)).toMatch(/well calibrated/);
    expect(confidenceSentence(null)).toMatch(/can't be told/);
    expect(discriminationSentence(0.875)).toMatch(/the higher probability 88% of the time/);
  });
});

describe("the confidence panel", () => {
  test("a 95% interval for the mean (p − o)²: errors 0.04, 0.04, 0.64, 0.64 → mean 0.34, sd √0.12 = 0.34641, half-width 1.959964 · 0.34641/2 = 0.339473", async () => {
    const { brierInterval } = await import("./confidence");
    const interval = brierInterval(pairs([20, 0], [80, 1], [20, 1], [80, 0]))!;
    // variance (n − 1): 4 · 0.09 / 3 = 0.12
    expect(interval.low).toBeCloseTo(0.34 - 0.339473, 5);
    expect(interval.high).toBeCloseTo(0.34 + 0.339473, 5);
    expect(brierInterval(pairs([20, 0]))).toBeNull();
  });

  test("the verdict: better or not, overlapping or not; no confidence at all said plainly", async () => {
    const { confidenceVerdict } = await import("./confidence");
    const row = (level: "low" | "moderate" | "high", brier: number, low: number, high: number) => ({ level, n: 40, brier, interval: { low, high } });
    expect(confidenceVerdict([row("low", 0.3, 0.25, 0.35), row("high", 0.1, 0.05, 0.15)], 80)).toBe("Yes: high-confidence judgments were more accurate than low-confidence ones (mean Brier 0.100 against 0.300). The 95% intervals do not overlap.");
    expect(confidenceVerdict([row("low", 0.2, 0.1, 0.3), row("moderate", 0.25, 0.15, 0.35)], 80)).toMatch(/^No: moderate-confidence .* may be chance\.$/);
    expect(confidenceVerdict([{ level: "low", n: 0, brier: null, interval: null }], 120)).toMatch(/carries an analytic confidence/);
  });
});

describe("binIndexOfTenths", () => {
  test("puts every stored probability in the bin binIndexOf gives its percentage, on every kind", () => {
    for (const kind of ["deciles", "icd203", "phia"] as const) for (let tenths = 0; tenths <= 1000; tenths++) expect(binIndexOfTenths(tenths, kind), `${kind} ${tenths}`).toBe(binIndexOf(tenths / 10, kind));
  });
});
