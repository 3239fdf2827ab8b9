import { expect, test } from "vitest";
import { completeForScoring } from "./carry-over";

const ids = ["yes", "no", "new"];

test("a complete prediction is unchanged", () => {
  const p = { probabilities: { yes: 60, no: 30, new: 10 } };
  expect(completeForScoring([p], ids, new Set())).toEqual([p]);
});

test("carried over: the new scenario gets the floor, taken from the largest, still summing to 100", () => {
  expect(completeForScoring([{ probabilities: { yes: 70, no: 30 } }], ids, new Set(["new"]))).toEqual([{ probabilities: { yes: 69.9, no: 30, new: 0.1 } }]);
});

test("not carried over: the prediction no longer answers the question and is left out", () => {
  expect(completeForScoring([{ probabilities: { yes: 70, no: 30 } }], ids, new Set())).toEqual([]);
});
