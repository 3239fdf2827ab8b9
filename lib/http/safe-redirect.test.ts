import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

describe("safeNextPath: the sign-in page only ever returns to a path of this site", () => {
  it.each([
    ["/\\evil.example", "/"],
    ["//evil.example", "/"],
    ["///evil.example", "/"],
    ["https://evil.example", "/"],
    ["http:evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/%2F%2Fevil.example", "/"],
    ["/%5Cevil.example", "/"],
    ["%2F%2Fevil.example", "/"],
    ["/%252F%252Fevil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/%09/evil.example", "/"],
    ["/\u0000", "/"],
    ["/%", "/"],
    ["", "/"],
    [undefined, "/"],
  ])("%j → home", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    ["/forecasts", "/forecasts"],
    ["/forecasts/abc?tab=evidence#top", "/forecasts/abc?tab=evidence#top"],
    ["/review", "/review"],
  ])("%j stays %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
