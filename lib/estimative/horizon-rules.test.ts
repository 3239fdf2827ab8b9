import { expect, test } from "vitest";
import { applyPreposition, classifyPreposition, monthNumber, nextOccurrence } from "./horizon-rules";

test.each([
  ["before", "before"],
  ["until", "before"],
  ["prior  to", "before"],
  ["ahead of", "before"],
  ["by", "by"],
  ["until after", "by"],
  ["through", "by"],
  [undefined, "by"],
  ["after", "after"],
  ["from", "after"],
])("%s is a %s preposition", (prep, kind) => expect(classifyPreposition(prep)).toBe(kind));

test("applies a preposition to October 2021", () => {
  const first = { year: 2021, month: 10, day: 1 };
  const last = { year: 2021, month: 10, day: 31 };
  expect(applyPreposition("before", first, last).date).toEqual({ year: 2021, month: 9, day: 30 });
  expect(applyPreposition("by", first, last).date).toEqual(last);
  expect(applyPreposition("after", first, last)).toEqual({ date: null, anchor: last });
});

test("month names must be capitalised", () => {
  expect(monthNumber("October")).toBe(10);
  expect(monthNumber("Sept")).toBe(9);
  expect(monthNumber("May")).toBe(5);
  expect(monthNumber("may")).toBeNull();
  expect(monthNumber("march")).toBeNull();
});

test.each([
  { month: 10, prep: "before", year: 2021 },
  { month: 8, prep: "before", year: 2022 },
  { month: 8, prep: "by", year: 2021 },
  { month: 3, prep: "in", year: 2022 },
])("month $month after $prep, published 2021-08-10, is in $year", ({ month, prep, year }) => {
  expect(nextOccurrence(month, { year: 2021, month: 8, day: 10 }, prep)).toBe(year);
});
