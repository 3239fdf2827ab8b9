import { describe, expect, test } from "vitest";
import { parseIsoDate } from "./dates";
import { findHorizons } from "./horizons";

const horizons = (text: string, publishedAt?: string) =>
  findHorizons(text, publishedAt ? parseIsoDate(publishedAt) : null).map((h) => [h.text, h.date]);

describe("seasons, quarters and halves with a year resolve with or without a publication date", () => {
  test.each([
    // Northern meteorological seasons; winter runs into February of the next year.
    ["Iran will likely attack by summer 2022.", "by summer 2022", "2022-08-31"],
    ["a decision during the summer of 2022", "during the summer of 2022", "2022-08-31"],
    ["a decision by spring 2022", "by spring 2022", "2022-05-31"],
    ["a decision by fall 2022", "by fall 2022", "2022-11-30"],
    ["a decision by autumn 2022", "by autumn 2022", "2022-11-30"],
    ["a decision in winter 2022", "in winter 2022", "2023-02-28"],
    ["a decision by winter 2023/24", "by winter 2023/24", "2024-02-29"],
    ["a decision before summer 2022", "before summer 2022", "2022-05-31"],
    ["a decision by late summer 2022", "by late summer 2022", "2022-08-31"],
    ["a decision by early summer 2022", "by early summer 2022", "2022-06-30"],
    ["a decision by the end of summer 2022", "by the end of summer 2022", "2022-08-31"],
    // Quarters.
    ["a decision in Q3 2022", "in Q3 2022", "2022-09-30"],
    ["a decision by Q1 2023", "by Q1 2023", "2023-03-31"],
    ["a decision in the third quarter of 2022", "in the third quarter of 2022", "2022-09-30"],
    ["a decision by the end of the fourth quarter of 2022", "by the end of the fourth quarter of 2022", "2022-12-31"],
    ["a decision before the second quarter of 2022", "before the second quarter of 2022", "2022-03-31"],
    ["a decision in the last quarter of 2022", "in the last quarter of 2022", "2022-12-31"],
    // Real: a ForecastBench question title.
    ["GPT-5 announced in Q4 2024?", "in Q4 2024", "2024-12-31"],
    // Halves.
    ["a decision in the first half of 2022", "in the first half of 2022", "2022-06-30"],
    ["a decision in H2 2023", "in H2 2023", "2023-12-31"],
  ])("%s", (text, phrase, date) => {
    expect(horizons(text)).toEqual([[phrase, date]]);
    expect(horizons(text, "2021-08-10")).toEqual([[phrase, date]]);
  });

  test("a real forecast of oil prices names the second half of 2024 twice, once in the analysts' shorthand", () => {
    // EIA wording quoted in a ForecastBench rationale.
    expect(horizons("Brent crude oil prices in our forecast average $89 per barrel (b) in the second half of 2024 (2H24)")).toEqual([
      ["in the second half of 2024", "2024-12-31"],
      ["2H24", "2024-12-31"],
    ]);
  });
});

describe("a period without a year is its next occurrence after publication", () => {
  test.each([
    { text: "attacks in the third quarter", published: "2021-08-10", phrase: "in the third quarter", date: "2021-09-30" },
    { text: "attacks in the third quarter", published: "2021-10-02", phrase: "in the third quarter", date: "2022-09-30" },
    { text: "the third quarter will see attacks", published: "2021-10-02", phrase: "the third quarter", date: "2022-09-30" },
    { text: "attacks before the third quarter", published: "2021-08-10", phrase: "before the third quarter", date: "2022-06-30" },
    { text: "attacks by the end of the third quarter", published: "2021-08-10", phrase: "by the end of the third quarter", date: "2021-09-30" },
    { text: "attacks in the third quarter of next year", published: "2021-08-10", phrase: "in the third quarter of next year", date: "2022-09-30" },
    { text: "attacks by the second half of the year", published: "2021-03-10", phrase: "by the second half of the year", date: "2021-12-31" },
    { text: "attacks by summer", published: "2021-08-10", phrase: "by summer", date: "2021-08-31" },
    { text: "attacks by summer", published: "2021-09-01", phrase: "by summer", date: "2022-08-31" },
    { text: "attacks before the summer", published: "2021-08-10", phrase: "before the summer", date: "2022-05-31" },
    { text: "attacks in the winter", published: "2021-08-10", phrase: "in the winter", date: "2022-02-28" },
    { text: "attacks this winter", published: "2022-01-15", phrase: "this winter", date: "2022-02-28" },
    { text: "attacks next summer", published: "2021-08-10", phrase: "next summer", date: "2022-08-31" },
    { text: "attacks next summer", published: "2021-01-10", phrase: "next summer", date: "2021-08-31" },
    // Real: ForecastBench rationales of 21 July 2024.
    { text: "This year the El Nino is gone and La Nina is forecasted by late summer.", published: "2024-07-21", phrase: "by late summer", date: "2024-08-31" },
    { text: "With the Fed rate likely to begin decreasing this fall and into 2025", published: "2024-07-21", phrase: "this fall", date: "2024-11-30" },
    { text: "So while I expect the momentum to persist over the summer  it will reverse after that.", published: "2024-07-21", phrase: "over the summer", date: "2024-08-31" },
  ])("$text, published $published → $date", ({ text, published, phrase, date }) => {
    // The real sentences hold other horizons too ("This year", "into 2025").
    expect(horizons(text, published)).toContainEqual([phrase, date]);
  });

  test("without a publication date it is listed, undated", () => {
    expect(horizons("attacks in the third quarter")).toEqual([["in the third quarter", null]]);
    expect(horizons("attacks by summer")).toEqual([["by summer", null]]);
  });
});

describe("words that are not periods", () => {
  test.each([
    // Real: a ForecastBench rationale; "this spring" had passed by 21 July 2024.
    ["They claimed to have breached the cyber infrastructure of Irans Railway Company this spring.", "2024-07-21"],
    ["Kabul was quiet after the fall of Kabul.", "2021-08-10"],
    ["The regime may fall in Damascus.", "2021-08-10"],
    ["Last time was Arab spring.", "2024-07-21"],
    ["Revenue rose last quarter.", "2021-08-10"],
    ["They will have ended Q4 on a high note.", "2024-07-21"],
    ["Temperatures are lower for winter months.", "2024-07-21"],
  ])("%s", (text, published) => {
    expect(horizons(text, published)).toEqual([]);
  });
});
