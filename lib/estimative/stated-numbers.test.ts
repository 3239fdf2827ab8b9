import { describe, expect, test } from "vitest";
import { findStatedProbabilities } from "./stated-numbers";

const read = (text: string) => findStatedProbabilities(text).map((n) => [n.term, n.value, n.range]);

describe("a number framed as a chance is read", () => {
  test.each([
    ["We judge it 70% likely that Iran attacks.", "70% likely", 70],
    ["There is a 70 percent chance of a strike.", "70 percent chance", 70],
    ["There is a 70-percent chance of a strike.", "70-percent chance", 70],
    ["There is a seventy percent chance of a strike.", "seventy percent chance", 70],
    ["There is a seventy-five per cent chance of a strike.", "seventy-five per cent chance", 75],
    ["There is a 1-in-4 chance of a coup.", "1-in-4 chance", 25],
    ["There is a one in three chance of a coup.", "one in three chance", 33.3],
    ["We put the odds at 1 in 4.", "1 in 4", 25],
    ["The odds are 3 to 1 against a deal.", "3 to 1 against", 25],
    ["Bookmakers give 3-to-1 odds in favour of a deal.", "3-to-1 odds in favour", 75],
    ["It is a fifty-fifty chance.", "fifty-fifty chance", 50],
    // Real sentences from ForecastBench superforecasters' rationales (commas removed at source).
    ["According to Berkeley Earth research scientist Zeke Hausfather  theres a 95% chance that 2024 will be the warmest year on record.", "95% chance", 95],
    ["I performed a Montecarlo simulation using data from the past 3 editions and determined the US has an 80% chance of winning the event.", "80% chance", 80],
    ["This is very likely (90%).", "90%", 90],
    ["The crowd at polymarket.com is currently at 77% likelihood.", "77% likelihood", 77],
    ["There will be at least 13 with 99% certainty", "99% certainty", 99],
    ["There is not even a 1% chance the Republican wins  much less another party", "1% chance", 1],
    ["Thus I would give 20% to the first months in sample  and 10% or less for the far out ones.", "20%", 20],
    ["but about a 1 in four chance for summer months with a slight increase post 2028", "1 in four chance", 25],
    ["Article gives Norton 7/1 odds (12.5%) of being bond", "12.5%", 12.5],
  ])("%s → %s", (text, term, value) => {
    expect(read(text)).toEqual([[term, value, null]]);
  });
});

describe("a stated range keeps its ends; its midpoint is the probability", () => {
  test.each([
    ["There is a 30-40% chance of a deal.", "30-40% chance", 35, 30, 40],
    ["There is a 30–40% chance of a deal.", "30–40% chance", 35, 30, 40],
    ["A deal is 30 to 40 percent likely.", "30 to 40 percent likely", 35, 30, 40],
    ["A deal is between 30% and 40% likely.", "between 30% and 40% likely", 35, 30, 40],
    ["The probability of a deal is between 30% and 40%.", "between 30% and 40%", 35, 30, 40],
    ["A deal is thirty to forty percent likely.", "thirty to forty percent likely", 35, 30, 40],
    ["A strike is very likely (80–95%).", "80–95%", 87.5, 80, 95],
    ["A strike is more than 90% likely.", "more than 90% likely", 95, 90, 100],
    // Real: ForecastBench rationales.
    ["Bookmakers odds are 1.15 to 1.20 which translates into 83-85% probability.", "83-85% probability", 84, 83, 85],
    ["Thats a roughly 48-49% chance of exactly 4 launches.", "48-49% chance", 48.5, 48, 49],
    ["Republican chance has to be less than 2%.", "less than 2%", 1, 0, 2],
  ])("%s → %s", (text, term, value, low, high) => {
    expect(read(text)).toEqual([[term, value, { low, high }]]);
  });
});

describe("a number that is not a probability is not read", () => {
  test.each([
    "Iraq held elections in 2021.",
    "At least 30 fighters joined in 2021.",
    "Seventy percent of the population lives in cities.",
    "A 30% share of the vote went to the bloc.",
    "Turnout fell 30% from 2018.",
    "The odds of 3 to 1 are often quoted.",
    // Real: ForecastBench rationales where numbers are shares, statistics or scores.
    "Hepatitis D virus (HDV) affects globally nearly 5% of people who have a chronic infection with hepatitis B virus (HBV).",
    "(and only about 1 in 20 people with Hep B also have Hep D).",
    "In 2020 Biden won 92% of the vote.",
    "Up 111% over the past 5 years compared to S&P  500 up 87%.",
    "That 70% confidence interval implies there is a 15% of more than 25.",
    "In 2020 (last comparable summer Olympics) it was very close  which was US 39 vs China 38 in 2020.",
    "The poll currently shows that 69.6% of voters think that Elon Musk does not deserve 100 billion dollars",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });

  test("a percentage above 100 is no chance", () => {
    expect(read("There is a 150% chance of that.")).toEqual([]);
  });
});

test("gives each number's offsets, and several numbers in reading order", () => {
  const text = "Polymarket has this at a ~93% chance we get to at least 4 launches  and a 44% chance we get to 5 or more.";
  expect(findStatedProbabilities(text).map((n) => [n.term, n.index, n.length])).toEqual([
    ["93% chance", 26, 10],
    ["44% chance", 74, 10],
  ]);
});
