import { describe, expect, test } from "vitest";
import { ICD203_BANDS, PHIA_BANDS } from "./scales";
import { parseProbabilityInput, percentFromFraction, probabilityFromWords } from "./words";

describe("probabilityFromWords on ICD 203", () => {
  test.each([
    ["almost no chance", 3],
    ["remote", 3],
    ["very unlikely", 12.5],
    ["highly improbable", 12.5],
    ["highly unlikely", 12.5],
    ["unlikely", 32.5],
    ["improbable", 32.5],
    ["not likely", 32.5],
    ["roughly even chance", 50],
    ["roughly even odds", 50],
    ["even chance", 50],
    ["likely", 67.5],
    ["probable", 67.5],
    ["probably", 67.5],
    ["very likely", 87.5],
    ["highly probable", 87.5],
    ["highly likely", 87.5],
    ["almost certain", 97],
    ["almost certainly", 97],
    ["nearly certain", 97],
  ])("%s → %d", (words, pct) => expect(probabilityFromWords(words)).toBe(pct));

  test("ignores case, surrounding spaces, doubled spaces and a final full stop", () => {
    expect(probabilityFromWords("  Highly   Likely. ")).toBe(87.5);
    expect(probabilityFromWords("LIKELY")).toBe(67.5);
  });

  test.each(["", "may", "possible", "quite likely", "likelyish", "67.5"])(
    "%j is not an estimative term",
    (words) => expect(probabilityFromWords(words)).toBeNull(),
  );
});

describe("probabilityFromWords on PHIA", () => {
  test.each([
    ["remote chance", 2.5],
    ["highly unlikely", 15],
    ["unlikely", 30],
    ["realistic possibility", 45],
    ["likely", 65],
    ["probably", 65],
    ["highly likely", 85],
    ["almost certain", 97.5],
  ])("%s → %d", (words, pct) => expect(probabilityFromWords(words, "phia")).toBe(pct));

});

describe("a phrase of either yardstick reads on both (SPEC §3)", () => {
  // PHIA has no even-odds band and ICD 203 no "realistic possibility": such a phrase keeps the
  // midpoint of its own scale, so the words typed are never silently moved to another band.
  test.each([
    ["realistic possibility", "icd203", 45],
    ["a realistic possibility", "icd203", 45],
    ["roughly even chance", "phia", 50],
    ["roughly even odds", "phia", 50],
    ["almost no chance", "phia", 3],
    ["highly improbable", "phia", 12.5],
    ["improbable", "phia", 32.5],
    ["highly probable", "phia", 87.5],
    ["nearly certain", "phia", 97],
  ] as const)("%s on %s → %d", (words, scale, pct) => expect(probabilityFromWords(words, scale)).toBe(pct));

  test.each([
    ["likely", 67.5, 65],
    ["unlikely", 32.5, 30],
    ["highly likely", 87.5, 85],
    ["remote chance", 3, 2.5],
    ["almost certain", 97, 97.5],
  ])("a phrase both share, %s, takes the installation's midpoint (ICD 203 %d, PHIA %d)", (words, icd, phia) => {
    expect(probabilityFromWords(words, "icd203")).toBe(icd);
    expect(probabilityFromWords(words, "phia")).toBe(phia);
  });

  test.each(["icd203", "phia"] as const)("every primary and alternative term of both tables reads on %s", (scale) => {
    for (const band of [...ICD203_BANDS, ...PHIA_BANDS]) {
      for (const term of [band.label, band.alternative].filter((t): t is string => t !== null)) {
        expect(probabilityFromWords(term, scale), term).not.toBeNull();
      }
    }
  });

  test("an article in front is ignored: 'a remote chance', 'an even chance'", () => {
    expect(probabilityFromWords("a remote chance", "phia")).toBe(2.5);
    expect(probabilityFromWords("An even chance")).toBe(50);
  });
});

describe("percentFromFraction: did you mean a percentage?", () => {
  test.each([
    ["0.3", 30],
    [".3", 30],
    ["0.5", 50],
    ["0.05", 5],
    ["0.325", 32.5],
    ["0.999", 99.9],
    [" 0.7 ", 70],
  ])("%j → %d%%", (typed, pct) => expect(percentFromFraction(typed)).toBe(pct));

  test.each(["0", "1", "0.3%", "30", "1.5", "likely", "", "-0.3"])("%j asks nothing", (typed) => {
    expect(percentFromFraction(typed)).toBeNull();
  });
});

describe("parseProbabilityInput", () => {
  test.each([
    { input: "67.5", value: 67.5 },
    { input: "67.5%", value: 67.5 },
    { input: " 40 ", value: 40 },
    { input: "40 %", value: 40 },
    { input: "0.1", value: 0.1 },
    { input: "99.9", value: 99.9 },
    { input: ".5", value: 0.5 },
    { input: "12.30", value: 12.3 },
  ])("accepts the number $input", ({ input, value }) => {
    expect(parseProbabilityInput(input)).toEqual({ ok: true, value, fromWords: false });
  });

  test("accepts words, mapped to the midpoint of the chosen scale", () => {
    expect(parseProbabilityInput("Very likely")).toEqual({ ok: true, value: 87.5, fromWords: true });
    expect(parseProbabilityInput("likely", "phia")).toEqual({ ok: true, value: 65, fromWords: true });
  });

  test.each([
    { input: "", reason: "empty" },
    { input: "   ", reason: "empty" },
    { input: "may", reason: "vague" },
    { input: "Might", reason: "vague" },
    { input: "possibly", reason: "vague" },
    { input: "cannot rule out", reason: "vague" },
    { input: "it could happen", reason: "vague" },
    { input: "banana", reason: "unrecognised" },
    { input: "67,5", reason: "unrecognised" },
    { input: "0", reason: "out_of_range" },
    { input: "0.05", reason: "out_of_range" },
    { input: "100", reason: "out_of_range" },
    { input: "99.95", reason: "out_of_range" },
    { input: "-5", reason: "out_of_range" },
    { input: "12.34", reason: "too_precise" },
    { input: "50.05%", reason: "too_precise" },
  ])("refuses $input: $reason", ({ input, reason }) => {
    expect(parseProbabilityInput(input)).toEqual({ ok: false, reason });
  });
});
