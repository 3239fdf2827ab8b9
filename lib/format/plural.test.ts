import { describe, expect, test } from "vitest";
import { countOf } from "./plural";

describe("countOf", () => {
  test.each([
    [0, "prediction", undefined, "0 predictions"],
    [1, "prediction", undefined, "1 prediction"],
    [2, "event", undefined, "2 events"],
    [1, "key judgment", undefined, "1 key judgment"],
    [3, "analysis", "analyses", "3 analyses"],
    [12345, "forecast", undefined, "12,345 forecasts"],
  ])("%i %s → %s", (count, singular, plural, expected) => {
    expect(countOf(count, singular, plural)).toBe(expected);
  });
});
