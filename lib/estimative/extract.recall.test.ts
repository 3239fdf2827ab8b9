/**
 * Issue 17: the kinds of judgment extraction used to miss, one sentence per case, written for
 * these tests (the benchmark in bench/extract-recall.ts measures the same on published text).
 */
import { describe, expect, test } from "vitest";
import { extractJudgments, extractKeyJudgments, type Judgment } from "./extract";
import { findJudgingVerbs } from "./judging-verbs";
import { findUnhedgedForecasts } from "./unhedged";

const PUBLISHED = "2025-06-01";

const only = (text: string, scale: "icd203" | "phia" = "icd203"): Judgment => {
  const judgments = extractJudgments(text, PUBLISHED, scale);
  expect(judgments).toHaveLength(1);
  return judgments[0];
};
const judging = (text: string) => findJudgingVerbs(text).map((m) => m.term);
const horizonsOf = (j: Judgment) => j.horizons.map((h) => [h.text, h.date]);

describe("judgments carried by a verb or a confidence statement need a number", () => {
  test.each([
    ["We judge the militias were not ordered to escalate.", "we judge"],
    ["The team anticipates further disclosures in 2025.", "the team anticipates"],
    ["We assess with moderate confidence that the strikes were retaliatory.", "we assess with moderate confidence"],
    ["DOE and the NIC assess with only moderate confidence that the halt was complete.", "doe and the nic assess with only moderate confidence"],
    ["We continue to assess with moderate-to-high confidence that Iran does not have a weapon.", "we continue to assess with moderate-to-high confidence"],
    ["We expect the ministry to publish its review for 2026.", "we expect"],
    ["We have high confidence that the convoy was Russian.", "we have high confidence that"],
    ["Our assessment is that the port will reopen.", "our assessment is that"],
    ["It is judged that the leadership remains divided.", "it is judged that"],
  ])("%s", (text, term) => {
    const j = only(text);
    expect(j.group).toBe("needs-number");
    expect(j.probability).toBeNull();
    expect(j.vague).toBe(false);
    expect(j.terms).toEqual([term]);
  });

  test("with their horizons, resolved against the publication date", () => {
    expect(horizonsOf(only("The team anticipates further disclosures in 2025."))).toEqual([["in 2025", "2025-12-31"]]);
    expect(horizonsOf(only("We expect the ministry to publish its review for 2026."))).toEqual([["for 2026", "2026-12-31"]]);
  });

  test("a likelihood word beside the verb makes it an estimate with that word's probability", () => {
    const j = only("We assess it is unlikely that the militia will disarm.");
    expect(j.group).toBe("estimate");
    expect(j.probability).toBe(32.5);
    expect(j.terms).toEqual(["unlikely"]);
  });

  test.each([
    "This Estimate assesses the status of Iran's nuclear program.",
    "It is less determined to develop weapons than we have been judging since 2005.",
    "Iran may be more open to influence than we judged previously.",
    "Production costs estimate the damage at two million.",
  ])("not a judgment: %s", (text) => {
    expect(findJudgingVerbs(text)).toEqual([]);
  });

  test.each([
    ["Port officials anticipate a second strike before the harvest.", "port officials anticipate"],
    ["Most economists expect the central bank to hold rates.", "most economists expect"],
    ["Epidemiologists predict a smaller wave this winter.", "epidemiologists predict"],
    ["Food prices are high, and aid agencies expect shortages by spring.", "aid agencies expect"],
    // Any agent noun in the plural, and a place or body after it.
    ["Reinsurers expect claims to double.", "reinsurers expect"],
    ["Strategists in the capital predict a snap election.", "strategists in the capital predict"],
    // A negated expectation is a judgment too.
    ["We do not expect the talks to resume before the thaw.", "we do not expect"],
  ])("others' forecast passed on needs a number too: %s", (text, term) => {
    expect(judging(text)).toEqual([term]);
    expect(only(text)).toMatchObject({ group: "needs-number", probability: null });
  });

  test.each([
    // The past: what they expected then.
    "Officials expected a quiet week.",
    // Models and data report evidence, not a judgment.
    "The statistical models predict a wet spring.",
    // A comparison with an expectation states none.
    "Reservoirs are filling faster than officials expect.",
    // A plural subject takes "forecast": "others forecasts" is a noun phrase.
    "Updating after reading others forecasts.",
  ])("not others' forecast: %s", (text) => {
    expect(findJudgingVerbs(text)).toEqual([]);
  });
});

describe("both scales' words are recognised, whatever the installation shows", () => {
  test("PHIA's realistic possibility on an ICD 203 installation: 45, its range 40 to under 50, from PHIA", () => {
    const j = only("There is a realistic possibility of a ceasefire by 2027.");
    expect(j).toMatchObject({ group: "estimate", probability: 45, range: { low: 40, high: 50 }, wordScale: "phia", stated: false });
    expect(horizonsOf(j)).toEqual([["by 2027", "2027-12-31"]]);
  });

  test("the same word on a PHIA installation is PHIA's own: no other scale named", () => {
    expect(only("There is a realistic possibility of a ceasefire by 2027.", "phia")).toMatchObject({ probability: 45, range: null, wordScale: null });
  });

  test("ICD 203's roughly even chance on a PHIA installation: 50, its range 45–55, from ICD 203", () => {
    expect(only("There is a roughly even chance that the talks collapse.", "phia")).toMatchObject({ probability: 50, range: { low: 45, high: 55 }, wordScale: "icd203" });
  });

  test.each([
    ["The coalition will likely survive the vote.", 67.5, 65],
    ["It is highly likely that the coalition survives.", 87.5, 85],
    ["A coup is highly unlikely.", 12.5, 15],
    ["The group almost certainly retains the capacity to attack.", 97, 97.5],
    ["A renewed offensive is a remote chance.", 3, 2.5],
  ])("where the scales overlap the installation's decides: %s", (text, icd203, phia) => {
    expect(only(text, "icd203")).toMatchObject({ probability: icd203, wordScale: null });
    expect(only(text, "phia")).toMatchObject({ probability: phia, wordScale: null });
  });
});

describe("stated probabilities qualify a chance, a likelihood or odds", () => {
  test.each([
    ["We give a 70 percent chance that the talks resume.", 70],
    ["The chance of a default is 70%.", 70],
    ["There is a 7 in 10 chance of a negotiated settlement.", 70],
    ["Forecasters put the odds of a snap election at one-in-four.", 25],
    ["Analysts see one-in-four odds of a snap election.", 25],
    ["The likelihood of a default in the third quarter of 2026 is about 30-40%.", 35],
  ])("%s → %d, kept though the number is its only estimate", (text, probability) => {
    const j = only(text);
    expect(j).toMatchObject({ group: "estimate", probability, stated: true });
  });

  test("a stated range keeps its range", () => {
    expect(only("The likelihood of a default in the third quarter of 2026 is about 30-40%.").range).toEqual({ low: 30, high: 40 });
  });

  test.each([
    "About 40 percent of the chips were smuggled through third countries.",
    "The new variant is 99 percent similar to the one seen in 2019.",
    "Turnout reached 70% in the last election.",
  ])("a share or a count is no probability: %s", (text) => {
    expect(extractJudgments(text, PUBLISHED)).toEqual([]);
  });
});

describe("two judgments in one sentence", () => {
  test("each with its own words, probability and horizon", () => {
    const [first, second] = extractJudgments("The capital probably would fall by the end of 2025, but it is unlikely to stop the insurgency before the elections.", PUBLISHED);
    expect(first).toMatchObject({ terms: ["probably"], probability: 67.5 });
    expect(horizonsOf(first)).toEqual([["by the end of 2025", "2025-12-31"]]);
    expect(second).toMatchObject({ terms: ["unlikely"], probability: 32.5 });
    expect(horizonsOf(second)).toEqual([["before the elections", null]]);
  });

  test("two confidence statements after a semicolon are two judgments that need a number", () => {
    const judgments = extractJudgments("We judge with high confidence that the program halted; we also assess with moderate confidence that Tehran keeps the option open.", PUBLISHED);
    expect(judgments.map((j) => [j.group, j.terms])).toEqual([
      ["needs-number", ["we judge with high confidence"]],
      ["needs-number", ["we also assess with moderate confidence"]],
    ]);
  });

  test("'…, but that this is very unlikely' completes the same judgment", () => {
    const j = only("We judge with moderate confidence that the earliest possible date is late 2026, but that this is very unlikely.");
    expect(j).toMatchObject({ group: "estimate", probability: 12.5 });
    expect(horizonsOf(j)).toEqual([["late 2026", "2026-12-31"]]);
  });
});

describe("horizons", () => {
  test.each([
    ["The regime will likely fall by summer 2026.", "by summer 2026", "2026-08-31"],
    ["The army will likely launch a spring offensive.", "spring offensive", "2026-05-31"],
    ["A default is likely in the third quarter of 2026.", "in the third quarter of 2026", "2026-09-30"],
    ["Growth is likely to slow over the course of 2025.", "of 2025", "2025-12-31"],
    ["The budget is likely to balance for 2026.", "for 2026", "2026-12-31"],
  ])("%s → %s, %s", (text, phrase, date) => {
    expect(horizonsOf(only(text)).map(([t, d]) => [String(t).toLowerCase().includes(phrase.toLowerCase()), d])).toContainEqual([true, date]);
  });

  test.each([
    ["A renewed offensive is likely for the decade to come.", "for the decade to come"],
    ["The region may face drought in the coming years.", "in the coming years"],
    ["A settlement is likely in the long run.", "in the long run"],
    ["Rivals will probably compete for decades to come.", "for decades to come"],
  ])("listed undated: %s", (text, phrase) => {
    expect(horizonsOf(only(text))).toEqual([[phrase, null]]);
  });

  test.each([
    "We judge the militias were not ordered to escalate in March.",
    "Prices probably rose in the spring of 2024.",
    "The minister likely resigned in 2023.",
  ])("a past date is never a horizon: %s", (text) => {
    expect(only(text).horizons).toEqual([]);
  });
});

describe("forecasts stated without a likelihood", () => {
  test("are listed apart, off the main count", () => {
    const { judgments, unhedged } = extractKeyJudgments("The regime will collapse. The army will probably launch an offensive.", PUBLISHED);
    expect(judgments.map((j) => j.sentence)).toEqual(["The army will probably launch an offensive."]);
    expect(unhedged).toHaveLength(1);
    expect(unhedged[0]).toMatchObject({ sentence: "The regime will collapse.", group: "unhedged", probability: null, vague: false, terms: ["will collapse"] });
  });

  test("keep their horizons", () => {
    const { unhedged } = extractKeyJudgments("China's share will reach 18 percent in 2026.", PUBLISHED);
    expect(unhedged.map((j) => j.horizons)).toEqual([[{ text: "in 2026", date: "2026-12-31" }]]);
  });

  test("a forecast verb is no certainty: 'is forecasted to' needs a number, in the main list", () => {
    const { judgments, unhedged } = extractKeyJudgments("China's share is forecasted to reach 18 percent in 2026.", PUBLISHED);
    expect(unhedged).toEqual([]);
    expect(judgments).toHaveLength(1);
    expect(judgments[0]).toMatchObject({ group: "needs-number", probability: null, horizons: [{ text: "in 2026", date: "2026-12-31" }] });
  });

  test.each([
    "They lack the political will to act.",
    "Will the regime fall?",
    "We thank everyone, in hopes that this work will help keep the country safe.",
    "They set the rules that will shape the order.",
  ])("not a forecast: %s", (text) => {
    expect(findUnhedgedForecasts(text)).toEqual([]);
  });
});

describe("found in forecasters' prose (ForecastBench rationales), kept out", () => {
  test.each([
    "In May NOAA forecast an above average 17-25 named storms.",
    "IEA forecast accuracy has been poor to date.",
  ])("an agency's past report or a noun is no judgment: %s", (text) => {
    expect(findJudgingVerbs(text)).toEqual([]);
  });

  test.each([
    "In other words: will there be more battles in those 30 days than 0.",
    "Will be curious to read what others have put for this question.",
  ])("a question or a dropped subject is no forecast: %s", (text) => {
    expect(findUnhedgedForecasts(text)).toEqual([]);
  });

  test("one agency takes the -s form, two the plain one", () => {
    expect(findJudgingVerbs("The NIC assesses that the halt held.").map((m) => m.term)).toEqual(["the nic assesses"]);
    expect(findJudgingVerbs("DOE and the NIC assess with only moderate confidence that it held.").map((m) => m.term)).toEqual(["doe and the nic assess with only moderate confidence"]);
  });
});

describe("found on the held-out DHS assessments", () => {
  test("a passive expectation is the authors' judgment and needs a number, with its horizon", () => {
    const j = only("The terrorism threat environment in the Homeland is expected to remain high over the coming year.");
    expect(j).toMatchObject({ group: "needs-number", probability: null, terms: ["is expected to"] });
    expect(horizonsOf(j)).toEqual([["over the coming year", "2026-06-01"]]);
  });

  test("'of the 2024 election cycle' names an event, not a horizon", () => {
    expect(only("Individuals may be motivated to violence by perceptions of the 2024 general election cycle.").horizons).toEqual([]);
  });

  test("'on pace to' is a forecast stated without a likelihood", () => {
    expect(findUnhedgedForecasts("Encounters for the fiscal year are on pace to nearly match the record.").map((m) => m.term)).toEqual(["are on pace to nearly"]);
  });
});
