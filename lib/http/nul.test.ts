import { expect, it } from "vitest";
import { containsNul, fieldsWithNul } from "./nul";

it.each([
  ["a\u0000b", true],
  [{ title: ["ok", { deep: "x\u0000" }] }, true],
  [{ ["k\u0000"]: 1 }, true],
  [{ title: "ok", n: 1, list: [null, true] }, false],
  ["\\u0000 as typed text", false],
])("containsNul(%j) is %j", (value, expected) => {
  expect(containsNul(value)).toBe(expected);
});

it("names every field holding a NUL by its dotted path", () => {
  expect(fieldsWithNul({ title: "a\u0000", scenarios: [{ label: "ok" }, { label: "\u0000" }] }).sort()).toEqual(["scenarios.1.label", "title"]);
});
