import { describe, expect, test } from "vitest";
import { parseIsoDate } from "./dates";
import { findHorizons } from "./horizons";

const horizons = (text: string, publishedAt?: string) =>
  findHorizons(text, publishedAt ? parseIsoDate(publishedAt) : null).map((h) => [h.text, h.date]);

describe("horizons resolved to the last day they allow", () => {
  test.each([
    // Absolute: the same with or without a publication date.
    ["attacks until after the October 2021 parliamentary elections", "until after the October 2021 parliamentary elections", "2021-10-31"],
    ["a return to attacks toward the end of 2021", "toward the end of 2021", "2021-12-31"],
    ["a withdrawal by the end of 2021", "by the end of 2021", "2021-12-31"],
    ["attacks around the end of 2021", "around the end of 2021", "2021-12-31"],
    ["attacks for the remainder of 2021", "for the remainder of 2021", "2021-12-31"],
    ["a new cycle before the end of 2021", "before the end of 2021", "2021-12-31"],
    ["a decision by mid-2022", "by mid-2022", "2022-06-30"],
    ["a decision in early 2022", "in early 2022", "2022-03-31"],
    ["a decision in late 2022", "in late 2022", "2022-12-31"],
    ["a decision in the first half of 2022", "in the first half of 2022", "2022-06-30"],
    ["a decision by the end of February 2024", "by the end of February 2024", "2024-02-29"],
    ["a decision before October 2021", "before October 2021", "2021-09-30"],
    ["a decision by October 2021", "by October 2021", "2021-10-31"],
    ["a decision in 2022", "in 2022", "2022-12-31"],
    ["a decision before 2023", "before 2023", "2022-12-31"],
    ["a decision by October 10, 2023", "by October 10, 2023", "2023-10-10"],
    ["a decision by 12 March 2022", "by 12 March 2022", "2022-03-12"],
    ["a decision before 12 March 2022", "before 12 March 2022", "2022-03-11"],
    ["a truce from October 2021 to March 2022", "from October 2021 to March 2022", "2022-03-31"],
    ["Iraq's October 2021 elections", "October 2021 elections", "2021-10-31"],
  ])("%s", (text, phrase, date) => {
    expect(horizons(text)).toEqual([[phrase, date]]);
    expect(horizons(text, "2021-08-10")).toEqual([[phrase, date]]);
  });
});

describe("horizons relative to the publication date", () => {
  test.each([
    { text: "attacks before October", published: "2021-08-10", phrase: "before October", date: "2021-09-30" },
    { text: "attacks before October", published: "2021-11-02", phrase: "before October", date: "2022-09-30" },
    { text: "attacks before August", published: "2021-08-10", phrase: "before August", date: "2022-07-31" },
    { text: "attacks by August", published: "2021-08-10", phrase: "by August", date: "2021-08-31" },
    { text: "attacks in May", published: "2021-08-10", phrase: "in May", date: "2022-05-31" },
    { text: "attacks by mid-October", published: "2021-08-10", phrase: "by mid-October", date: "2021-10-15" },
    { text: "attacks through the end of the year", published: "2021-08-10", phrase: "through the end of the year", date: "2021-12-31" },
    { text: "attacks through the end of the year", published: "2023-02-01", phrase: "through the end of the year", date: "2023-12-31" },
    { text: "attacks by the end of the month", published: "2024-02-03", phrase: "by the end of the month", date: "2024-02-29" },
    { text: "attacks later this year", published: "2021-08-10", phrase: "later this year", date: "2021-12-31" },
    { text: "attacks next year", published: "2021-08-10", phrase: "next year", date: "2022-12-31" },
    { text: "attacks next year", published: "2021-01-01", phrase: "next year", date: "2022-12-31" },
    { text: "attacks early next year", published: "2021-08-10", phrase: "early next year", date: "2022-03-31" },
    { text: "attacks within six months", published: "2021-08-10", phrase: "within six months", date: "2022-02-10" },
    { text: "attacks within six months", published: "2021-08-31", phrase: "within six months", date: "2022-02-28" },
    { text: "attacks within a year", published: "2021-08-10", phrase: "within a year", date: "2022-08-10" },
    { text: "attacks in the next 18 months", published: "2021-08-10", phrase: "in the next 18 months", date: "2023-02-10" },
    { text: "attacks in two weeks", published: "2021-08-10", phrase: "in two weeks", date: "2021-08-24" },
    { text: "attacks in the coming year", published: "2021-08-10", phrase: "in the coming year", date: "2022-08-10" },
    { text: "attacks by year-end", published: "2021-08-10", phrase: "by year-end", date: "2021-12-31" },
    { text: "attacks until October 10", published: "2023-02-01", phrase: "until October 10", date: "2023-10-09" },
    { text: "attacks on Friday", published: "2021-08-10", phrase: "on Friday", date: "2021-08-13" },
    {
      text: "an announcement between the October 10 elections and December 31 deadline",
      published: "2021-08-10",
      phrase: "between the October 10 elections and December 31",
      date: "2021-12-31",
    },
  ])("$text, published $published → $date", ({ text, published, phrase, date }) => {
    expect(horizons(text, published)).toEqual([[phrase, date]]);
  });

  test.each([
    "attacks before October",
    "attacks through the end of the year",
    "attacks next year",
    "attacks within six months",
    "attacks on Friday",
    "attacks until October 10",
    "an announcement between the October 10 elections and December 31 deadline",
  ])("without a publication date %s stays undated", (text) => {
    const found = horizons(text);
    expect(found).toHaveLength(1);
    expect(found[0][1]).toBeNull();
  });

  test("'in the coming months' names no end, so it is listed undated even with a publication date", () => {
    expect(horizons("attacks in the coming months", "2021-08-10")).toEqual([["in the coming months", null]]);
    expect(horizons("attacks in the near term", "2021-08-10")).toEqual([["in the near term", null]]);
  });

  test("'after' sets no end", () => {
    expect(horizons("attacks after the October 2021 elections", "2021-08-10")).toEqual([
      ["after the October 2021 elections", null],
    ]);
  });
});

describe("what is not a horizon", () => {
  test("dates before publication are past events", () => {
    expect(horizons("they met on July 27 and attacked between June 28 and July 10, 2021", "2021-08-10")).toEqual([]);
    expect(horizons("the combat mission ended in 2020", "2021-08-10")).toEqual([]);
  });

  test.each([
    "reinforced by 2000 fighters",
    "for the first time in two years",
    "attacks since July",
    "two days ago",
    "the threat is greater now",
    "they will march on the capital",
    "attacks in remote areas",
  ])("%s", (text) => expect(horizons(text)).toEqual([]));

  test("finds several horizons in reading order", () => {
    expect(
      horizons(
        "sustain attacks until after the October 2021 parliamentary elections and return to lethal attacks toward the end of 2021",
        "2021-08-10",
      ),
    ).toEqual([
      ["until after the October 2021 parliamentary elections", "2021-10-31"],
      ["toward the end of 2021", "2021-12-31"],
    ]);
  });
});

describe("horizons found since the held-out batches", () => {
  test("a bare year followed by a verb in -s is a year, not a head count", () => {
    expect(horizons("A snap poll in 2028 is likely.", "2026-11-20")).toEqual([["in 2028", "2028-12-31"]]);
    expect(horizons("reinforced by 2000 fighters", "2026-11-20")).toEqual([]);
  });

  test("an adjective in -ed does not put a clause with an estimative word in the past", () => {
    expect(horizons("Organised resistance is unlikely in the next nine months.", "2026-11-20")).toEqual([["in the next nine months", "2027-08-20"]]);
  });

  test("nor for a clause whose chance is a noun", () => {
    expect(horizons("A strike called by the union is a realistic possibility over the next nine months.", "2026-11-20")).toEqual([["over the next nine months", "2027-08-20"]]);
  });

  test("'within weeks' is listed, undated", () => {
    expect(horizons("The cabinet could fall within weeks.", "2026-11-20")).toEqual([["within weeks", null]]);
  });

  test("a choice of two is one horizon that ends with the later", () => {
    expect(horizons("The front should reach the coast by Sunday night or Monday morning.", "2026-11-20")).toEqual([
      ["by Sunday night or Monday morning", "2026-11-23"],
    ]);
    expect(horizons("A low may form on Thursday or early next week.", "2026-11-20")).toEqual([["on Thursday or early next week", null]]);
  });

  test("a weekday after 'by' is the next one, not one a year on", () => {
    expect(horizons("The river may crest by Tuesday night.", "2026-11-20")).toEqual([["by Tuesday night", "2026-11-24"]]);
  });
});

describe("holidays, named seasons and the rest of a season", () => {
  test.each([
    ["A vote is likely before Christmas.", "before Christmas", "2026-12-24"],
    ["Transit may halt before the new year.", "before the new year", "2026-12-31"],
    ["Demand will probably stay low for the rest of the winter.", "for the rest of the winter", "2027-02-28"],
  ])("%s", (text, phrase, date) => {
    expect(horizons(text, "2026-11-20")).toEqual([[phrase, date]]);
  });

  test("a season of its own is listed undated, only after a preposition", () => {
    expect(horizons("Fighting is unlikely during the monsoon season.", "2026-11-20")).toEqual([["during the monsoon season", null]]);
    expect(horizons("The 2026 hurricane season was busy.", "2026-11-20")).toEqual([]);
  });

  test("a named season with its year is one horizon, and a past year's is none", () => {
    expect(horizons("Talks are unlikely until after the rainy season of 2027.", "2026-11-20")).toEqual([["until after the rainy season of 2027", null]]);
    expect(horizons("Raids fell during the rainy season of 2019.", "2026-11-20")).toEqual([]);
  });

  test("a hemisphere's season is that season", () => {
    expect(horizons("Neutral conditions are favored through the Northern Hemisphere summer.", "2026-11-20")).toEqual([["through the Northern Hemisphere summer", "2027-08-31"]]);
  });
});
