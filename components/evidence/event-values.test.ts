import { describe, expect, test } from "vitest";
import { EMPTY_EVENT, eventFieldErrors, typedDay } from "./event-values";

const NOW = Date.UTC(2026, 2, 3, 12);

describe("eventFieldErrors", () => {
  test("an empty form: the date and the title, in a person's words", () => {
    expect(eventFieldErrors(EMPTY_EVENT, NOW)).toEqual({ occurredAt: "Enter a date.", title: "Say what happened, in a short title." });
  });

  test("a day not yet come", () => {
    expect(eventFieldErrors({ ...EMPTY_EVENT, title: "x", occurredAt: "2026-03-04" }, NOW)).toEqual({ occurredAt: "That day has not come yet: enter the day it happened." });
  });

  test("a day not yet come is said with the other fields' errors", () => {
    expect(eventFieldErrors({ ...EMPTY_EVENT, occurredAt: "2026-03-04" }, NOW)).toEqual({
      occurredAt: "That day has not come yet: enter the day it happened.",
      title: "Say what happened, in a short title.",
    });
  });

  test("today and an empty optional link are fine", () => {
    expect(eventFieldErrors({ ...EMPTY_EVENT, title: "x", occurredAt: "2026-03-03" }, NOW)).toEqual({});
  });
});

test("typedDay reads only a whole day", () => {
  expect(typedDay("2021-09-11")).toBe(Date.UTC(2021, 8, 11));
  expect(typedDay("")).toBeNull();
  expect(typedDay("2021-9-1")).toBeNull();
});
