import { describe, expect, test } from "vitest";
import { sortAfterChoosing, sortAnalysts, type AnalystMeansRow } from "./analyst-order";

const row = (name: string, forecasts: number, brier: number, relative: number, log: number): AnalystMeansRow => ({
  analystId: name.toLowerCase(),
  name,
  forecasts,
  meanFinalBrier: brier,
  meanTimeAveragedBrier: brier + 0.01,
  meanRelativeBrier: relative,
  meanFinalLogScore: log,
});
const rows = [row("Cleo", 3, 0.2, 0.05, -0.6), row("Ada", 1, 0.09, -0.135, -0.36), row("Bob", 3, 0.36, 0.135, -0.92)];
const names = (sorted: AnalystMeansRow[]) => sorted.map((r) => r.name);

describe("sortAnalysts", () => {
  test.each([
    ["name A to Z", "name", "asc", ["Ada", "Bob", "Cleo"]],
    ["lowest final Brier first", "meanFinalBrier", "asc", ["Ada", "Cleo", "Bob"]],
    ["highest final Brier first", "meanFinalBrier", "desc", ["Bob", "Cleo", "Ada"]],
    ["most negative relative Brier first", "meanRelativeBrier", "asc", ["Ada", "Cleo", "Bob"]],
    ["highest log score first", "meanFinalLogScore", "desc", ["Ada", "Cleo", "Bob"]],
    // Bob and Cleo tie on 3 forecasts: name order settles it, whichever way the column runs.
    ["most forecasts first, ties by name", "forecasts", "desc", ["Bob", "Cleo", "Ada"]],
    ["fewest forecasts first, ties by name", "forecasts", "asc", ["Ada", "Bob", "Cleo"]],
  ] as const)("%s", (_label, sort, dir, expected) => {
    expect(names(sortAnalysts(rows, sort, dir))).toEqual(expected);
  });

  test("leaves the given rows as they were", () => {
    sortAnalysts(rows, "meanFinalBrier", "asc");
    expect(names(rows)).toEqual(["Cleo", "Ada", "Bob"]);
  });
});

describe("sortAfterChoosing: a header link sorts best first, then the other way", () => {
  test.each([
    ["a Brier column: lowest first", "meanFinalBrier", { sort: "name", dir: "asc" }, { sort: "meanFinalBrier", dir: "asc" }],
    ["the log score: highest first", "meanFinalLogScore", { sort: "name", dir: "asc" }, { sort: "meanFinalLogScore", dir: "desc" }],
    ["the same column again: turned around", "meanFinalBrier", { sort: "meanFinalBrier", dir: "asc" }, { sort: "meanFinalBrier", dir: "desc" }],
    ["and back", "meanFinalBrier", { sort: "meanFinalBrier", dir: "desc" }, { sort: "meanFinalBrier", dir: "asc" }],
  ] as const)("%s", (_label, column, current, expected) => {
    expect(sortAfterChoosing(column, current)).toEqual(expected);
  });
});
