import { describe, expect, test } from "vitest";
import { bandIndexOf, describeProbability, ICD203_BANDS, PHIA_BANDS } from "./scales";

describe("ICD 203 bands", () => {
  test.each([
    { pct: 0, band: 0, words: "almost no chance" },
    { pct: 4.9, band: 0, words: "almost no chance" },
    { pct: 5, band: 1, words: "very unlikely" },
    { pct: 19.9, band: 1, words: "very unlikely" },
    { pct: 20, band: 2, words: "unlikely" },
    { pct: 44.9, band: 2, words: "unlikely" },
    { pct: 45, band: 3, words: "roughly even chance" },
    { pct: 50, band: 3, words: "roughly even chance" },
    { pct: 55, band: 3, words: "roughly even chance" },
    { pct: 55.1, band: 4, words: "likely" },
    { pct: 80, band: 4, words: "likely" },
    { pct: 80.1, band: 5, words: "very likely" },
    { pct: 95, band: 5, words: "very likely" },
    { pct: 95.1, band: 6, words: "almost certain" },
    { pct: 100, band: 6, words: "almost certain" },
  ])("$pct% is band $band ($words)", ({ pct, band, words }) => {
    expect(bandIndexOf(pct)).toBe(band);
    expect(describeProbability(pct)).toMatchObject({ words, bandIndex: band, inGap: false, between: null });
  });

  test("every band carries its alternative term", () => {
    expect(ICD203_BANDS.map((b) => [b.label, b.alternative])).toEqual([
      ["almost no chance", "remote"],
      ["very unlikely", "highly improbable"],
      ["unlikely", "improbable"],
      ["roughly even chance", "roughly even odds"],
      ["likely", "probable"],
      ["very likely", "highly probable"],
      ["almost certain", "nearly certain"],
    ]);
    expect(describeProbability(67.5).alternative).toBe("probable");
  });

  test("midpoints are those of SPEC §3 and lie in their own band", () => {
    expect(ICD203_BANDS.map((b) => b.midpoint)).toEqual([3, 12.5, 32.5, 50, 67.5, 87.5, 97]);
    ICD203_BANDS.forEach((b, i) => expect(bandIndexOf(b.midpoint)).toBe(i));
  });

  test("p and 100 − p fall in mirrored bands, for every tenth of a percent", () => {
    for (let tenths = 0; tenths <= 1000; tenths++) {
      const p = tenths / 10;
      const mirror = (1000 - tenths) / 10;
      expect([p, 6 - bandIndexOf(mirror)!]).toEqual([p, bandIndexOf(p)]);
    }
  });

  test("the bands cover 0–100 without gaps: every value has a band", () => {
    for (let tenths = 0; tenths <= 1000; tenths++) expect(bandIndexOf(tenths / 10)).not.toBeNull();
  });
});

describe("PHIA yardstick", () => {
  test.each([
    { pct: 0, band: 0 },
    { pct: 5, band: 0 },
    { pct: 10, band: 1 },
    { pct: 20, band: 1 },
    { pct: 25, band: 2 },
    { pct: 35, band: 2 },
    { pct: 40, band: 3 },
    { pct: 49.9, band: 3 },
    { pct: 55, band: 4 },
    { pct: 75, band: 4 },
    { pct: 80, band: 5 },
    { pct: 90, band: 5 },
    { pct: 95, band: 6 },
    { pct: 100, band: 6 },
  ])("$pct% is band $band", ({ pct, band }) => {
    expect(bandIndexOf(pct, "phia")).toBe(band);
    expect(describeProbability(pct, "phia")).toMatchObject({ words: PHIA_BANDS[band].label, inGap: false });
  });

  test.each([
    { pct: 5.1, between: ["remote chance", "highly unlikely"] },
    { pct: 7, between: ["remote chance", "highly unlikely"] },
    { pct: 9.9, between: ["remote chance", "highly unlikely"] },
    { pct: 20.1, between: ["highly unlikely", "unlikely"] },
    { pct: 37, between: ["unlikely", "realistic possibility"] },
    { pct: 50, between: ["realistic possibility", "likely"] },
    { pct: 52, between: ["realistic possibility", "likely"] },
    { pct: 54.9, between: ["realistic possibility", "likely"] },
    { pct: 77, between: ["likely", "highly likely"] },
    { pct: 92, between: ["highly likely", "almost certain"] },
    { pct: 94.9, between: ["highly likely", "almost certain"] },
  ])("$pct% lies in a gap, between $between", ({ pct, between }) => {
    expect(bandIndexOf(pct, "phia")).toBeNull();
    expect(describeProbability(pct, "phia")).toEqual({
      words: `between ${between[0]} and ${between[1]}`,
      alternative: null,
      inGap: true,
      between,
      bandIndex: null,
    });
  });

  test("midpoints are those of SPEC §3; 'likely' has 'probably' as alternative", () => {
    expect(PHIA_BANDS.map((b) => b.midpoint)).toEqual([2.5, 15, 30, 45, 65, 85, 97.5]);
    expect(describeProbability(65, "phia").alternative).toBe("probably");
  });

  test("is not mirrored: 30 is unlikely but 70 is likely and 37 a gap while 63 is likely", () => {
    expect(describeProbability(30, "phia").words).toBe("unlikely");
    expect(describeProbability(63, "phia").words).toBe("likely");
    expect(describeProbability(37, "phia").inGap).toBe(true);
  });
});

test.each([-0.1, 100.1, Number.NaN, Number.POSITIVE_INFINITY])("%s is not a percentage", (pct) => {
  expect(() => bandIndexOf(pct)).toThrow(RangeError);
  expect(() => describeProbability(pct, "phia")).toThrow(RangeError);
});
