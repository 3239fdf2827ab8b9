import { expect, it } from "vitest";
import { containsNul } from "./nul";

it.each([
  ["a\u0000b", true],
  [{ title: ["ok", { deep: "x\u0000" }] }, true],
  [{ ["k\u0000"]: 1 }, true],
  [{ title: "ok", n: 1, list: [null, true] }, false],
  ["\\u0000 as typed text", false],
])("containsNul(%j) is %j", (value, expected) => {
  expect(containsNul(value)).toBe(expected);
});
