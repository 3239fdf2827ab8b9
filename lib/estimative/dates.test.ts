import { expect, test } from "vitest";
import { addDays, addMonths, endOfMonth, formatIsoDate, parseIsoDate } from "./dates";

const d = (iso: string) => parseIsoDate(iso)!;

test.each(["2021-02-29", "2021-13-01", "2021-00-10", "21-08-10", "2021-8-10", "2021-08-10T00:00:00Z", ""])(
  "%j is not a calendar date",
  (iso) => expect(parseIsoDate(iso)).toBeNull(),
);

test("round-trips a valid date, leap day included", () => {
  expect(formatIsoDate(d("2024-02-29"))).toBe("2024-02-29");
});

test.each([
  { from: "2021-08-10", months: 6, to: "2022-02-10" },
  { from: "2021-08-31", months: 6, to: "2022-02-28" },
  { from: "2023-08-31", months: 6, to: "2024-02-29" },
  { from: "2021-01-31", months: 1, to: "2021-02-28" },
  { from: "2021-12-15", months: 1, to: "2022-01-15" },
  { from: "2024-02-29", months: 12, to: "2025-02-28" },
])("$from + $months months = $to", ({ from, months, to }) => {
  expect(formatIsoDate(addMonths(d(from), months))).toBe(to);
});

test("days and month ends cross years and leap years", () => {
  expect(formatIsoDate(addDays(d("2021-12-31"), 1))).toBe("2022-01-01");
  expect(formatIsoDate(addDays(d("2021-08-10"), 14))).toBe("2021-08-24");
  expect(formatIsoDate(endOfMonth(2024, 2))).toBe("2024-02-29");
  expect(formatIsoDate(addDays(d("2022-01-01"), -1))).toBe("2021-12-31");
});
