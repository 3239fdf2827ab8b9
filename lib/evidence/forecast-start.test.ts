import { describe, expect, test } from "vitest";
import { countsFromTheStart, expectedByBeforeForecast, isBeforeForecastDay } from "./forecast-start";

const made = Date.UTC(2026, 2, 3, 14, 30); // 3 Mar 2026, 14:30 UTC

describe("isBeforeForecastDay", () => {
  test.each([
    ["the day before", Date.UTC(2026, 2, 2), true],
    ["the last millisecond of the day before", Date.UTC(2026, 2, 3) - 1, true],
    ["the same day, earlier in it", Date.UTC(2026, 2, 3), false],
    ["the same day, later", Date.UTC(2026, 2, 3, 23), false],
    ["the day after", Date.UTC(2026, 2, 4), false],
  ])("%s: %s", (_label, t, before) => {
    expect(isBeforeForecastDay(t, made)).toBe(before);
  });
});

test("the messages name the forecast's day", () => {
  expect(expectedByBeforeForecast(made)).toBe("Choose 3 Mar 2026 or later: an indicator can't be expected before the forecast was made.");
  expect(countsFromTheStart(Date.UTC(2021, 7, 25), made)).toBe(
    "This event happened on 25 Aug 2021, before the forecast was made (3 Mar 2026): it will count from the start of the evidence-implied line.",
  );
});
