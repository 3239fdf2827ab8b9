import { describe, expect, test } from "vitest";
import type { Actor } from "./policy";
import { resolveRefusal } from "./resolve-refusal";

const person = (id: string, ...roles: Actor["roles"]): Actor => ({ id, name: id, email: `${id}@example.org`, roles });
const byAda = { authorId: "ada" };

describe("resolveRefusal: what the resolve button says instead of resolving", () => {
  test.each([
    ["an uninvolved reviewer may resolve", person("rex", "reviewer"), false, null],
    ["an analyst without the reviewer role may not", person("bob", "analyst"), false, "Only reviewers can resolve forecasts."],
    ["the author, even as a reviewer, may not", person("ada", "analyst", "reviewer"), false, "You wrote this forecast, so another reviewer must resolve it."],
    ["a reviewer who predicted on it may not", person("ria", "analyst", "reviewer"), true, "You predicted on this forecast, so another reviewer must resolve it."],
  ])("%s", (_label, actor, predicted, expected) => {
    expect(resolveRefusal(actor, byAda, predicted)).toBe(expected);
  });
});
