import { describe, expect, test } from "vitest";
import { httpUrl, isoHorizon, isoInstant, tagList } from "./common";

describe("isoInstant", () => {
  test.each([
    ["2021-12-31", Date.UTC(2021, 11, 31)],
    ["2021-12-31T12:00:00Z", Date.UTC(2021, 11, 31, 12)],
    ["2021-12-31T12:00:00+02:00", Date.UTC(2021, 11, 31, 10)],
    ["2021-12-31T12:00:00.250Z", Date.UTC(2021, 11, 31, 12, 0, 0, 250)],
  ])("reads %s", (text, ms) => {
    expect(isoInstant.parse(text)).toBe(ms);
  });

  test.each(["31/12/2021", "next Tuesday", "2021-02-30", "2021-12-31 12:00", "", "2021-13-01"])("refuses %j", (text) => {
    expect(isoInstant.safeParse(text).success).toBe(false);
  });
});

describe("isoHorizon", () => {
  test("a date alone means the end of that day in UTC, so the forecast takes predictions all that day", () => {
    expect(isoHorizon.parse("2021-10-31")).toBe(Date.UTC(2021, 9, 31, 23, 59, 59, 999));
  });

  test.each([
    ["2021-12-31T12:00:00Z", Date.UTC(2021, 11, 31, 12)],
    ["2021-12-31T00:00:00Z", Date.UTC(2021, 11, 31)],
    ["2021-12-31T12:00:00+02:00", Date.UTC(2021, 11, 31, 10)],
  ])("a date-time %s is taken as given", (text, ms) => {
    expect(isoHorizon.parse(text)).toBe(ms);
  });

  test.each(["31/12/2021", "2021-02-30", ""])("refuses %j", (text) => {
    expect(isoHorizon.safeParse(text).success).toBe(false);
  });
});

describe("httpUrl", () => {
  test.each(["https://example.org/a?b=c", "http://example.org", "  https://example.org  "])("accepts %j", (url) => {
    expect(httpUrl.safeParse(url).success).toBe(true);
  });

  test.each(["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org", "file:///etc/passwd", "example.org", "https://" + "a".repeat(2001)])(
    "refuses %j",
    (url) => {
      expect(httpUrl.safeParse(url).success).toBe(false);
    },
  );
});

describe("tagList", () => {
  test("lower-cases, trims and removes repeats", () => {
    expect(tagList.parse([" Iraq", "iraq", "Militias "])).toEqual(["iraq", "militias"]);
  });

  test.each([[["<script>"]], [[""]], [Array.from({ length: 21 }, (_, i) => `t${i}`)], [["x".repeat(41)]]])("refuses %j", (tags) => {
    expect(tagList.safeParse(tags).success).toBe(false);
  });
});
