import { describe, expect, test } from "vitest";
import { parseProbabilityInput, probabilityFromWords } from "./words";

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

  test.each(["", "may", "possible", "quite likely", "likelyish", "67.5", "realistic possibility"])(
    "%j is not an ICD 203 term",
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

  test("has no even-odds band, so 'roughly even chance' means nothing on it", () => {
    expect(probabilityFromWords("roughly even chance", "phia")).toBeNull();
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
