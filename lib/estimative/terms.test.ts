import { describe, expect, test } from "vitest";
import { findEstimativeTerms } from "./terms";

const found = (text: string) => findEstimativeTerms(text).map((m) => [m.term, m.kind, m.bandIndex]);

describe("findEstimativeTerms", () => {
  test.each([
    ["There is almost no chance of a deal.", "almost no chance", 0],
    ["The chance of a deal is remote.", "remote", 0],
    ["A deal remains very remote, officials say.", "remote", 0],
    ["There is a remote possibility of a deal.", "remote possibility", 0],
    ["A deal is very unlikely.", "very unlikely", 1],
    ["A deal is highly improbable.", "highly improbable", 1],
    ["A deal is highly unlikely.", "highly unlikely", 1],
    ["A deal is unlikely.", "unlikely", 2],
    ["A deal is improbable.", "improbable", 2],
    ["There is a roughly even chance of a deal.", "roughly even chance", 3],
    ["The odds of a deal are roughly even odds.", "roughly even odds", 3],
    ["There is an even chance of a deal.", "even chance", 3],
    ["A deal is as likely as not.", "as likely as not", 3],
    ["A deal is likely.", "likely", 4],
    ["A deal is probable.", "probable", 4],
    ["A deal will probably follow.", "probably", 4],
    ["In all likelihood a deal will follow.", "in all likelihood", 4],
    ["A deal is more likely than not.", "more likely than not", 4],
    ["A deal is very likely.", "very likely", 5],
    ["A deal is highly probable.", "highly probable", 5],
    ["A deal is highly likely.", "highly likely", 5],
    ["A deal is almost certain.", "almost certain", 6],
    ["A deal will almost certainly follow.", "almost certainly", 6],
    ["A deal is nearly certain.", "nearly certain", 6],
  ])("%s → %s (band %d)", (text, term, band) => {
    expect(found(text)).toEqual([[term, "estimative", band]]);
  });

  test("'unlikely' is not 'likely', and 'likelihood' alone is nothing", () => {
    expect(found("An unlikely outcome; its likelihood is debated.")).toEqual([["unlikely", "estimative", 2]]);
  });

  test("'remote' as a place is not a probability", () => {
    expect(found("Militants hide in remote areas and use remote-controlled bombs.")).toEqual([]);
  });

  test.each([
    ["Iran is not likely to attack.", "not likely"],
    ["Iran isn't likely to attack.", "isn't likely"],
    ["Iran is not very likely to attack.", "not very likely"],
    ["Iran is no longer likely to attack.", "no longer likely"],
    ["Iran will probably not attack.", "probably not"],
    ["Iran will likely not attack.", "likely not"],
    ["The envoys probably will not return before the vote.", "probably will not"],
    ["The dam likely won't hold through the floods.", "likely won't"],
  ])("negation reads as unlikely: %s", (text, term) => {
    expect(found(text)).toEqual([[term, "estimative", 2]]);
  });

  test.each([
    ["Iran is more likely to strike in Syria.", "more likely"],
    ["Iran is less likely to strike in Iraq.", "less likely"],
    ["The most likely course is a pause.", "most likely"],
    ["The least likely course is war.", "least likely"],
    ["A pause is increasingly likely.", "increasingly likely"],
    ["A strike is just as likely as a pause.", "just as likely"],
    ["A strike is as likely as a pause.", "as likely as"],
    ["Both are equally likely.", "equally likely"],
    ["A pause is likelier.", "likelier"],
  ])("comparatives carry no band: %s", (text, term) => {
    expect(found(text)).toEqual([[term, "comparative", null]]);
  });

  test("'likely' qualifying an attribution still counts", () => {
    expect(found("Likely Kata'ib Hezbollah-affiliated militants claimed six attacks.")).toEqual([["likely", "estimative", 4]]);
  });

  test("finds every term of a sentence, with offsets", () => {
    const text = "A strike is very likely, a deal highly unlikely.";
    expect(findEstimativeTerms(text).map((m) => [m.term, m.index, m.length])).toEqual([
      ["very likely", 12, 11],
      ["highly unlikely", 32, 15],
    ]);
  });
});

describe("terms beyond ICD 203's table", () => {
  test("PHIA's 'realistic possibility' means PHIA's 45", () => {
    expect(findEstimativeTerms("There is a realistic possibility of a deal.").map((m) => [m.term, m.probability])).toEqual([["realistic possibility", 45]]);
  });

  test.each([
    ["A coup is unlikely but possible.", "unlikely but possible", 2],
    ["A coup is unlikely, though possible.", "unlikely, though possible", 2],
    ["A coup is unlikely, but not impossible, before the thaw.", "unlikely, but not impossible", 2],
    ["A coup is very unlikely but still possible.", "very unlikely but still possible", 1],
  ])("'unlikely but possible' keeps the band of its 'unlikely': %s", (text, term, band) => {
    expect(found(text)).toEqual([[term, "estimative", band]]);
  });

  test("each term carries its band's midpoint", () => {
    expect(findEstimativeTerms("A is very unlikely, B likely, C more likely.").map((m) => m.probability)).toEqual([12.5, 67.5, null]);
  });
});
