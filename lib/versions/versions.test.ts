import { describe, expect, test } from "vitest";
import { describeChangedFields, questionChanges } from "./changes";
import { wordDiff } from "./word-diff";

const question = { title: "T", statement: "S", resolutionCriteria: "Resolves Yes if a lethal attack is reported.", closesAt: Date.UTC(2027, 2, 1) };

describe("questionChanges", () => {
  test("only the fields that differ, horizons as ISO strings", () => {
    expect(questionChanges(question, { title: "T", resolutionCriteria: "New", closesAt: Date.UTC(2027, 3, 1) })).toEqual({
      resolutionCriteria: { before: question.resolutionCriteria, after: "New" },
      closesAt: { before: "2027-03-01T00:00:00.000Z", after: "2027-04-01T00:00:00.000Z" },
    });
  });
  test("an edit that repeats every value changes nothing", () => {
    expect(questionChanges(question, { ...question })).toEqual({});
  });
  test("names the changed fields in words", () => {
    expect(describeChangedFields({ title: { before: 1, after: 2 } })).toBe("the title");
    expect(describeChangedFields({ title: { before: 1, after: 2 }, statement: { before: 1, after: 2 }, closesAt: { before: 1, after: 2 } })).toBe(
      "the title, the statement and the horizon",
    );
  });
});

describe("wordDiff", () => {
  test("marks the words removed and added", () => {
    expect(wordDiff("Resolves Yes if a lethal attack is reported.", "Resolves Yes if two lethal attacks are confirmed.")).toEqual([
      { kind: "same", text: "Resolves Yes if " },
      { kind: "removed", text: "a " },
      { kind: "added", text: "two " },
      { kind: "same", text: "lethal " },
      { kind: "removed", text: "attack is reported." },
      { kind: "added", text: "attacks are confirmed." },
    ]);
  });
  test("identical texts are one unchanged part", () => {
    expect(wordDiff("a b", "a b")).toEqual([{ kind: "same", text: "a b" }]);
  });
});
