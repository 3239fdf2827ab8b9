import { describe, expect, test } from "vitest";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, formatGrading, isCredibility, isReliability } from "./admiralty";

describe("Admiralty labels", () => {
  test("six reliability grades, A to F", () => {
    expect(Object.keys(RELIABILITY_LABELS)).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(RELIABILITY_LABELS.B).toBe("Usually reliable");
    expect(RELIABILITY_LABELS.F).toBe("Reliability cannot be judged");
  });

  test("six credibility grades, 1 to 6", () => {
    expect(Object.keys(CREDIBILITY_LABELS)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(CREDIBILITY_LABELS[1]).toBe("Confirmed by other sources");
    expect(CREDIBILITY_LABELS[6]).toBe("Truth cannot be judged");
  });

  test.each([
    ["A", true],
    ["F", true],
    ["G", false],
    ["a", false],
    ["", false],
    ["toString", false],
  ])("isReliability(%j) is %s", (value, expected) => {
    expect(isReliability(value)).toBe(expected);
  });

  test.each([
    [1, true],
    [6, true],
    [0, false],
    [7, false],
    [2.5, false],
  ])("isCredibility(%j) is %s", (value, expected) => {
    expect(isCredibility(value)).toBe(expected);
  });
});

describe("formatGrading", () => {
  test.each([
    ["both graded", "B", 2, "B2 — usually reliable source, probably true"],
    ["best grade", "A", 1, "A1 — completely reliable source, confirmed by other sources"],
    ["worst grade", "E", 5, "E5 — unreliable source, improbable"],
    ["cannot be judged", "F", 6, "F6 — source reliability cannot be judged, truth cannot be judged"],
    ["lower-case letter", "c", 3, "C3 — fairly reliable source, possibly true"],
    ["only reliability", "D", null, "D — not usually reliable source, credibility not graded"],
    ["only credibility", null, 4, "4 — reliability not graded, doubtful"],
    ["blank letter counts as missing", " ", 4, "4 — reliability not graded, doubtful"],
    ["neither", null, null, "Ungraded"],
    ["blank letter and no digit", "", null, "Ungraded"],
    ["unknown letter kept", "G", 2, "G2 — unknown reliability grade, probably true"],
    ["unknown digit kept", "B", 9, "B9 — usually reliable source, unknown credibility grade"],
  ] as const)("%s", (_label, reliability, credibility, expected) => {
    expect(formatGrading(reliability, credibility)).toBe(expected);
  });
});
