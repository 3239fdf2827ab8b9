import { describe, expect, test } from "vitest";
import { findVagueTerms, VAGUE_TERMS } from "./vague";

const terms = (text: string) => findVagueTerms(text).map((m) => m.term);

describe("findVagueTerms", () => {
  test.each([
    ["The militia may attack.", "may"],
    ["The militia might attack.", "might"],
    ["The militia could attack.", "could"],
    ["An attack is possible.", "possible"],
    ["The militia will possibly attack.", "possibly"],
    ["Perhaps the militia will attack.", "perhaps"],
    ["Maybe the militia will attack.", "maybe"],
    ["The militia could conceivably attack.", "could"],
    ["We cannot rule out an attack.", "cannot rule out"],
    ["We can't rule out an attack.", "can't rule out"],
    ["We can’t rule out an attack.", "can't rule out"],
    ["An attack cannot be ruled out.", "cannot be ruled out"],
    ["An attack can't be ruled out.", "can't be ruled out"],
    ["An attack could not be ruled out.", "could not be ruled out"],
    ["Officials could not rule out an attack.", "could not rule out"],
    ["We cannot exclude an attack.", "cannot exclude"],
    ["An attack cannot be excluded.", "cannot be excluded"],
    ["An attack is not impossible.", "not impossible"],
    ["An attack is not unlikely.", "not unlikely"],
  ])("%s → %s", (text, term) => expect(terms(text)[0]).toBe(term));

  test("every listed term is found on its own", () => {
    for (const term of VAGUE_TERMS) expect(terms(`They said ${term} here.`)).toEqual([term]);
  });

  test("gives the offset and length of each match, in reading order", () => {
    const text = "It may rain; it could   not be ruled out.";
    expect(findVagueTerms(text)).toEqual([
      { term: "may", index: 3, length: 3 },
      { term: "could not be ruled out", index: 16, length: 24 },
    ]);
  });

  test("'maybe' is its own term and never counts as 'may'; 'mayor' is neither", () => {
    expect(terms("Maybe the mayor will resign.")).toEqual(["maybe"]);
  });

  test("inside other words nothing is found", () => {
    expect(terms("The impossible mission was carried out; Dismay followed.")).toEqual([]);
  });
});

describe("May, the month and the name", () => {
  test.each([
    "The vote took place in May 2021.",
    "The vote took place on May 12.",
    "The vote took place on 12 May.",
    "May 2021 saw a spike in attacks.",
    "The vote was held in May and passed.",
    "Theresa May resigned.",
  ])("%s has no vague term", (text) => expect(terms(text)).toEqual([]));

  test.each([
    ["May they succeed.", ["may"]],
    ["They left. May the talks resume?", ["may"]],
    ["The attacks of May 2021 may resume.", ["may"]],
    ["They may attack in May.", ["may"]],
  ])("%s is flagged once", (text, expected) => expect(terms(text)).toEqual(expected));
});

describe("non-estimative uses", () => {
  test.each([
    "Troops should leave as soon as possible.",
    "Where possible, the convoy avoids the highway.",
    "It was the best possible outcome.",
    "The militia showed its might.",
    "Russian military might was on display.",
  ])("%s has no vague term", (text) => expect(terms(text)).toEqual([]));

  test("'possible' stays vague where it judges the future", () => {
    expect(terms("A strike is possible as soon as next week.")).toEqual(["possible"]);
  });
});

describe("chances with a quality but no number", () => {
  test.each([
    ["There is a good chance of a deal.", "good chance"],
    ["There is a fair chance of a deal.", "fair chance"],
    ["There is a slim chance of a deal.", "slim chance"],
    ["A deal is a serious possibility.", "serious possibility"],
    ["A deal is a very real possibility.", "very real possibility"],
    ["A deal is a distinct possibility.", "distinct possibility"],
    ["Experts assign a high probability that it will be the hottest year.", "high probability"],
    ["The update gives a higher likelihood of an active season.", "higher likelihood"],
    ["Dry soils mean an increased chance of wildfires.", "increased chance"],
    ["The odds of a deal are low odds indeed.", "low odds"],
  ])("%s", (text, term) => {
    expect(terms(text)).toEqual([term]);
  });

  test("a chance a scale defines is not vague", () => {
    expect(terms("There is a realistic possibility, an even chance or a remote chance of a deal.")).toEqual([]);
  });
});
