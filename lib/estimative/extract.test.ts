import { describe, expect, test } from "vitest";
import { extractJudgments } from "./extract";

/** One judgment expected from a one-sentence text. */
interface Expected {
  text: string;
  terms: string[];
  probability: number | null;
  vague?: boolean;
  comparative?: string[];
}

const only = (text: string, publishedAt?: string) => {
  const judgments = extractJudgments(text, publishedAt);
  expect(judgments).toHaveLength(1);
  return judgments[0];
};

const cases = (probability: number | null, rows: [string, string[]][]): Expected[] =>
  rows.map(([text, terms]) => ({ text, terms, probability }));

describe("one estimative sentence each", () => {
  test.each<Expected>([
    ...cases(3, [
      ["There is almost no chance that the regime collapses this year.", ["almost no chance"]],
      ["The prospect of a negotiated settlement is remote.", ["remote"]],
      ["Officials see only a remote chance of a ceasefire.", ["remote chance"]],
    ]),
    ...cases(12.5, [
      ["The militia is very unlikely to disarm.", ["very unlikely"]],
      ["A full withdrawal is highly improbable.", ["highly improbable"]],
      ["Parliament is highly unlikely to expel the embassy.", ["highly unlikely"]],
    ]),
    ...cases(32.5, [
      ["The talks are unlikely to resume.", ["unlikely"]],
      ["A coup is improbable.", ["improbable"]],
      ["That scenario remains unlikely but dangerous to US interests.", ["unlikely"]],
      ["Iran is not likely to accept the offer.", ["not likely"]],
      ["Tehran isn't likely to accept the offer.", ["isn't likely"]],
      ["The ceasefire will probably not hold.", ["probably not"]],
    ]),
    ...cases(50, [
      ["There is a roughly even chance that the coalition survives.", ["roughly even chance"]],
      ["Analysts give roughly even odds to a snap election.", ["roughly even odds"]],
      ["It is as likely as not that the vote is postponed.", ["as likely as not"]],
    ]),
    ...cases(67.5, [
      ["The proxies will likely obey the order.", ["likely"]],
      ["A retaliatory strike is probable.", ["probable"]],
      ["The group will probably claim the attack.", ["probably"]],
      ["Likely Kata'ib Hezbollah-affiliated militants claimed six IED attacks.", ["likely"]],
      ["A strike is more likely than not.", ["more likely than not"]],
    ]),
    ...cases(87.5, [
      ["The regime will very likely survive the protests.", ["very likely"]],
      ["A new offensive is highly probable.", ["highly probable"]],
      ["The militia is highly likely to retaliate.", ["highly likely"]],
    ]),
    ...cases(97, [
      ["The government will almost certainly extend the mandate.", ["almost certainly"]],
      ["A renewed offensive is nearly certain.", ["nearly certain"]],
      ["Elections are almost certain to be delayed.", ["almost certain"]],
    ]),
  ])("$text → $probability", ({ text, terms, probability }) => {
    expect(only(text)).toMatchObject({ sentence: text, terms, probability, vague: false, comparative: [] });
  });
});

describe("vague sentences", () => {
  test.each([
    ["Proxies may continue larger-scale attacks in Syria.", ["may"]],
    ["The militia might target US aircraft.", ["might"]],
    ["The next prime minister could order an expulsion.", ["could"]],
    ["A broader war is possible.", ["possible"]],
    ["The group will possibly splinter.", ["possibly"]],
    ["Perhaps the talks will resume.", ["perhaps"]],
    ["Maybe the talks will resume.", ["maybe"]],
    ["Analysts cannot rule out a strike on the embassy.", ["cannot rule out"]],
    ["Analysts can't rule out a strike on the embassy.", ["can't rule out"]],
    ["A strike on the embassy cannot be ruled out.", ["cannot be ruled out"]],
    ["A strike is not unlikely.", ["not unlikely"]],
    ["The militia may attack, and it could escalate.", ["may", "could"]],
  ])("%s", (text, terms) => {
    expect(only(text)).toMatchObject({ terms, probability: null, vague: true, comparative: [] });
  });

  test("a vague word beside an estimative term does not make the sentence vague", () => {
    expect(only("Ghaani likely ordered attacks that could trigger an escalation.")).toMatchObject({
      terms: ["likely", "could"],
      probability: 67.5,
      vague: false,
    });
  });

  test("May the month is not vague", () => {
    expect(extractJudgments("The elections of May 2021 passed calmly. In May the talks stalled.")).toEqual([]);
  });
});

describe("comparatives state no probability", () => {
  test.each([
    ["The groups are more likely to conduct attacks outside Iraq.", "more likely"],
    ["Attacks in Syria are less likely to destabilize Iraq.", "less likely"],
    ["The most likely course of action is a pause.", "most likely"],
    ["A deal is increasingly likely.", "increasingly likely"],
  ])("%s is listed with no probability and no vague flag", (text, term) => {
    expect(only(text)).toMatchObject({ terms: [term], probability: null, vague: false, comparative: [term] });
  });

  test("with a vague word the sentence is vague; with an estimative term that term decides", () => {
    expect(only("Attacks may continue; they are less likely to destabilize Iraq.")).toMatchObject({
      terms: ["may", "less likely"],
      probability: null,
      vague: true,
      comparative: ["less likely"],
    });
    expect(only("Iran is more likely to strike in Syria and will very likely avoid Iraq.")).toMatchObject({
      terms: ["more likely", "very likely"],
      probability: 87.5,
      comparative: ["more likely"],
    });
  });
});

describe("which term decides the probability", () => {
  test("the first estimative term in reading order", () => {
    expect(only("A strike is very likely, a deal highly unlikely.").probability).toBe(87.5);
    expect(only("A deal is unlikely, though a strike is likely.").probability).toBe(32.5);
  });

  test("skipping a term in a conditional or concessive clause", () => {
    expect(only("If the talks are unlikely to succeed, Iran will very likely escalate.").probability).toBe(87.5);
    expect(only("Although a deal is improbable, a truce is likely.").probability).toBe(67.5);
  });

  test("unless every term sits in such a clause", () => {
    expect(only("Iran will escalate if talks are unlikely to succeed.").probability).toBe(32.5);
  });

  test("each term is listed once", () => {
    expect(only("Iran could attack bases which could be used by US forces.").terms).toEqual(["could"]);
  });
});

describe("horizons in judgments", () => {
  const keyTakeaway =
    "Iran likely ordered its Iraqi proxies to sustain low-level attacks until after the October 2021 parliamentary elections and to return to more lethal attacks toward the end of 2021.";

  test("absolute horizons resolve with or without a publication date", () => {
    const expected = [
      { text: "until after the October 2021 parliamentary elections", date: "2021-10-31" },
      { text: "toward the end of 2021", date: "2021-12-31" },
    ];
    expect(only(keyTakeaway).horizons).toEqual(expected);
    expect(only(keyTakeaway, "2021-08-10").horizons).toEqual(expected);
  });

  test.each([
    { published: "2021-08-10", date: "2021-09-30" },
    { published: "2021-09-30", date: "2021-09-30" },
    { published: "2021-10-15", date: "2022-09-30" },
  ])("'before October' published $published → $date", ({ published, date }) => {
    expect(only("Proxies may attack in Syria before October.", published).horizons).toEqual([{ text: "before October", date }]);
  });

  test("relative horizons stay undated without a publication date", () => {
    expect(only("Iran will likely hold its fire through the end of the year.").horizons).toEqual([
      { text: "through the end of the year", date: null },
    ]);
    expect(only("Iran will likely hold its fire through the end of the year.", "2022-03-01").horizons).toEqual([
      { text: "through the end of the year", date: "2022-12-31" },
    ]);
  });

  test("past dates in a judgment are not horizons", () => {
    expect(only("Ghaani met Ameri on July 27, likely to discuss Iraq's October 2021 elections.", "2021-08-10").horizons).toEqual([
      { text: "October 2021 elections", date: "2021-10-31" },
    ]);
  });
});

describe("the whole text", () => {
  test("lists judgment sentences only, in reading order, with their offsets", () => {
    const text =
      "Context: Iran met its proxies on July 27. They will likely pause attacks.\n\nAttacks may resume in Syria. The Dialogue ended.\n";
    const judgments = extractJudgments(text);
    expect(judgments.map((j) => j.sentence)).toEqual(["They will likely pause attacks.", "Attacks may resume in Syria."]);
    for (const j of judgments) expect(text.slice(j.start, j.end)).toBe(j.sentence);
  });

  test("gives each term's offsets in its sentence", () => {
    const [judgment] = extractJudgments("A strike is very likely, though it could wait.");
    expect(judgment.termSpans).toEqual([
      { term: "very likely", kind: "estimative", start: 12, end: 23 },
      { term: "could", kind: "vague", start: 35, end: 40 },
    ]);
  });

  test.each([
    "",
    "   \n\n  ",
    "The United States announced a withdrawal. Proxy attacks deescalated in July.",
    "Militants in remote areas showed their military might as soon as possible.",
    "¹ <https://www.example.org/iran-may-attack-could-be-likely>",
  ])("finds no judgment in %j", (text) => {
    expect(extractJudgments(text, "2021-08-10")).toEqual([]);
  });

  test("refuses a publication date that is not YYYY-MM-DD", () => {
    expect(() => extractJudgments("Iran will likely act.", "10/08/2021")).toThrow(RangeError);
    expect(() => extractJudgments("Iran will likely act.", "2021-02-30")).toThrow(RangeError);
  });

  // Speed is measured by `npm run bench` (bench/extract.ts), not asserted here.
  test("lists every judgment of a 50,000-word report", () => {
    const paragraph = [
      "Iran will likely sustain attacks until after the October 2021 elections.",
      "Proxies may expand their campaign in the coming months, e.g. against U.S. bases.¹",
      "The committee is very unlikely to act before October.",
      "Ghaani met Ameri in Baghdad on July 27 and discussed the elections.",
      "However, the groups are more likely to strike outside Iraq toward the end of 2021.",
    ].join(" ");
    const words = paragraph.split(/\s+/).length;
    const report = Array.from({ length: Math.ceil(50_000 / words) }, () => paragraph).join("\n\n");
    expect(extractJudgments(report, "2021-08-10")).toHaveLength(Math.ceil(50_000 / words) * 4);
  });
});

describe("a stated number wins over the word", () => {
  test.each([
    ["We judge it 70% likely that Iran attacks before October.", ["70% likely"], 70],
    ["There is a 1-in-4 chance of a coup.", ["1-in-4 chance"], 25],
    ["Iran will likely attack (70%).", ["likely", "70%"], 70],
    // Real: a ForecastBench rationale.
    ["This is very likely (90%).", ["very likely", "90%"], 90],
    ["NOAA also says theres a 61% chance that 2024 will be the warmest year on record.", ["61% chance"], 61],
  ])("%s → %s", (text, terms, probability) => {
    expect(only(text)).toMatchObject({ terms, probability, range: null, vague: false });
  });

  test.each([
    ["There is a 30-40% chance of a deal.", "30-40% chance"],
    ["A deal is 30 to 40 percent likely.", "30 to 40 percent likely"],
    ["A deal is between 30% and 40% likely.", "between 30% and 40% likely"],
  ])("a range keeps its ends and gives its midpoint: %s", (text, term) => {
    expect(only(text)).toMatchObject({ terms: [term], probability: 35, range: { low: 30, high: 40 }, vague: false });
  });

  test("a number in a conditional clause does not decide", () => {
    expect(only("If the chance of a deal falls below 30%, Iran will likely escalate.").probability).toBe(67.5);
  });

  test.each([
    "Iran fielded 30 fighters in 2021.",
    "Seventy percent of the population may vote.",
  ])("a number that is no probability leaves the words to decide: %s", (text) => {
    const judgments = extractJudgments(text);
    expect(judgments.every((j) => j.range === null && j.terms.every((t) => !/\d|percent/.test(t)))).toBe(true);
  });
});

describe("chances that no scale defines are vague; those a scale defines are not", () => {
  test.each([
    ["There is a good chance that the talks resume.", "good chance"],
    ["There is a fair chance that the talks resume.", "fair chance"],
    ["There is only a slim chance that the talks resume.", "slim chance"],
    ["A renewed offensive is a serious possibility.", "serious possibility"],
    ["A renewed offensive is a real possibility.", "real possibility"],
    ["A renewed offensive is a distinct possibility.", "distinct possibility"],
    // Real: ForecastBench rationales.
    ["Looks like theres a good chance of a rate cut in September - see link below.", "good chance"],
    ["I believe that Harris has a very good chance of becoming the nominee now that Biden has dropped out.", "very good chance"],
    ["However  I dont think its a strong possibility.", "strong possibility"],
    ["October mean is 14  only slight chance to exceed the reference of 21-23.", "slight chance"],
  ])("%s", (text, term) => {
    expect(only(text)).toMatchObject({ terms: [term], probability: null, vague: true });
  });

  test("PHIA's realistic possibility is 45", () => {
    expect(only("There is a realistic possibility that the talks collapse.")).toMatchObject({
      terms: ["realistic possibility"],
      probability: 45,
      vague: false,
    });
  });

  test("'unlikely but possible' is unlikely, not vague (real: a ForecastBench rationale)", () => {
    expect(only("Very unlikely  but possible.")).toMatchObject({ terms: ["very unlikely but possible"], probability: 12.5, vague: false });
    expect(only("A coup is unlikely but possible.")).toMatchObject({ terms: ["unlikely but possible"], probability: 32.5, vague: false });
  });
});

describe("a sentence with two judgments yields two", () => {
  const proxies =
    "Iran's proxies will likely sustain low-level attacks until after the October elections, but they may expand attacks toward the end of the year.";

  test("split at the clause boundary, each with its own terms, probability and horizons, in reading order", () => {
    const judgments = extractJudgments(proxies, "2021-08-10");
    expect(judgments.map(({ sentence, fullSentence, terms, probability, vague, horizons }) => ({ sentence, fullSentence, terms, probability, vague, horizons }))).toEqual([
      {
        sentence: "Iran's proxies will likely sustain low-level attacks until after the October elections",
        fullSentence: proxies,
        terms: ["likely"],
        probability: 67.5,
        vague: false,
        horizons: [{ text: "until after the October elections", date: "2021-10-31" }],
      },
      {
        sentence: "they may expand attacks toward the end of the year.",
        fullSentence: proxies,
        terms: ["may"],
        probability: null,
        vague: true,
        horizons: [{ text: "toward the end of the year", date: "2021-12-31" }],
      },
    ]);
    for (const j of judgments) expect(proxies.slice(j.start, j.end)).toBe(j.sentence);
    expect(judgments[0].termSpans).toEqual([{ term: "likely", kind: "estimative", start: 20, end: 26 }]);
    expect(judgments[1].termSpans).toEqual([{ term: "may", kind: "vague", start: 5, end: 8 }]);
  });

  test.each([
    // Real: a ForecastBench rationale, whose commas the source had removed.
    [
      "The Fed will probably start to cut rates again in September  but likely not get into a very-low rate secenario for years",
      [["The Fed will probably start to cut rates again in September", 67.5], ["likely not get into a very-low rate secenario for years", 32.5]],
    ],
    ["Iran is not likely to accept the terms; a settlement cannot be ruled out next year.", [["Iran is not likely to accept the terms", 32.5], ["a settlement cannot be ruled out next year.", null]]],
    ["A strike is very likely, whereas a deal is highly unlikely.", [["A strike is very likely", 87.5], ["a deal is highly unlikely.", 12.5]]],
    ["Attacks remain a serious possibility, yet a deal is unlikely.", [["Attacks remain a serious possibility", null], ["a deal is unlikely.", 32.5]]],
  ])("%s", (text, expected) => {
    expect(extractJudgments(text).map((j) => [j.sentence, j.probability])).toEqual(expected);
  });

  test("offsets of a clause skip footnote markers and doubled spaces", () => {
    const text = "Iran will likely attack,¹ but  its proxies may wait.²";
    const judgments = extractJudgments(text);
    expect(judgments.map((j) => [j.sentence, text.slice(j.start, j.end)])).toEqual([
      ["Iran will likely attack", "Iran will likely attack"],
      ["its proxies may wait.", "its proxies may wait."],
    ]);
  });

  test.each([
    // Real: the example report; "but dangerous" judges nothing.
    "That scenario remains unlikely but dangerous to US interests.",
    // A comparative judges nothing either.
    "Attacks may continue; they are less likely to destabilize Iraq.",
    // "and" joins list items as often as clauses.
    "The militia may attack, and it could escalate.",
    // A concessive clause qualifies the judgment.
    "A deal is unlikely, though a strike is likely.",
  ])("one judgment: %s", (text) => {
    expect(extractJudgments(text)).toHaveLength(1);
  });
});

describe("seasons and quarters in judgments", () => {
  test.each([
    ["Iran will likely attack by summer 2022.", "by summer 2022", "2022-08-31"],
    ["Iran will likely attack in Q3 2022.", "in Q3 2022", "2022-09-30"],
    ["Iran will likely attack in the third quarter of 2022.", "in the third quarter of 2022", "2022-09-30"],
    ["Iran will likely attack in the third quarter.", "in the third quarter", "2021-09-30"],
    ["Iran will likely attack in the first half of 2022.", "in the first half of 2022", "2022-06-30"],
    ["Iran will likely attack by mid-2022.", "by mid-2022", "2022-06-30"],
  ])("%s", (text, phrase, date) => {
    expect(only(text, "2021-08-10").horizons).toEqual([{ text: phrase, date }]);
  });
});
