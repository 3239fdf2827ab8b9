import { expect, test } from "vitest";
import { findDates } from "./chrono-dates";

const pub = { year: 2021, month: 8, day: 10 };
const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
const hits = (text: string, reference = pub as typeof pub | null) =>
  findDates(text, reference).map((h) => [h.text, iso(h.first), iso(h.last), h.relative, h.yearKnown]);

test("a full date is absolute, with or without a reference", () => {
  expect(hits("on October 10, 2021")).toEqual([["October 10, 2021", "2021-10-10", "2021-10-10", false, true]]);
  expect(hits("on October 10, 2021", null)).toEqual([["October 10, 2021", "2021-10-10", "2021-10-10", false, true]]);
});

test("a month covers its whole length", () => {
  expect(hits("in February 2024")).toEqual([["February 2024", "2024-02-01", "2024-02-29", false, true]]);
});

test("a range runs from its first to its last day", () => {
  expect(hits("from June 28 to July 10, 2021")[0].slice(1, 3)).toEqual(["2021-06-28", "2021-07-10"]);
});

test("without a reference, a phrase that needs one is flagged relative", () => {
  expect(hits("on October 10", null)[0][3]).toBe(true);
  expect(hits("on Friday", null)[0][3]).toBe(true);
  expect(hits("on October 10")).toEqual([["October 10", "2021-10-10", "2021-10-10", false, false]]);
});

test("ignores times alone, abbreviated weekdays and lower-case month words", () => {
  expect(hits("at 10 they march on Sat and Sun, and may leave")).toEqual([]);
});

test("reads a long text in windows and keeps offsets in the whole text", () => {
  const filler = "word ".repeat(300);
  const text = `${filler}by October 10, 2021, ${filler}and December 31, 2021.`;
  const found = findDates(text, pub);
  expect(found.map((h) => text.slice(h.index, h.index + h.text.length))).toEqual(["October 10, 2021", "December 31, 2021"]);
});
