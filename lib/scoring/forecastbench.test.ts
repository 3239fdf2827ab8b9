/**
 * ForecastBench's superforecasters (../shared/data/forecastbench, CC BY-SA 4.0; see its README):
 * a real track record, scored here and checked against sums written in this file, and against the
 * figure ForecastBench published. The project does not carry the data; without ../shared these
 * tests are skipped and say why.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { validateProbabilityVector } from "@/lib/estimative/probability";
import { forecastBenchEmail, forecastBenchToImport, importPercentages } from "./forecastbench";
import { importForecastToScore, type ImportBody } from "./import-body";
import { median } from "./median";
import { scoreForecast } from "./score-forecast";

const dataPath = path.resolve(process.cwd(), "../shared/data/forecastbench/forecastbench-2024-07-21-superforecasters.json");
const present = fs.existsSync(dataPath);

/** The file as it is: yes/no forecasts, probabilities [yes, no], outcome 0 = Yes and 1 = No. */
interface RawFile {
  forecasts: { tags: string[]; predictions: { analyst: string; probabilities: number[] }[]; resolution: { outcome: number } }[];
}

describe.skipIf(!present)(present ? "ForecastBench superforecasters, 2024-07-21 round" : `ForecastBench superforecasters — skipped: ${dataPath} is absent`, () => {
  const raw: RawFile = present ? JSON.parse(fs.readFileSync(dataPath, "utf8")) : { forecasts: [] };
  const body: ImportBody = present ? forecastBenchToImport(raw) : { forecasts: [] };

  test("converts to an import body the SPEC accepts, with the README's counts and the file's own values", () => {
    expect(body.forecasts).toHaveLength(471);
    const predictions = body.forecasts.flatMap((f) => f.predictions);
    expect(predictions).toHaveLength(3925);
    expect(new Set(predictions.map((p) => p.analyst)).size).toBe(40);
    expect(predictions.every((p) => /^sf\d\d@forecastbench\.example$/.test(p.analyst))).toBe(true);
    expect(predictions.every((p) => validateProbabilityVector(p.probabilities).ok)).toBe(true);
    // The file was already clamped and rounded (its README), so the converter changes no value.
    expect(predictions.map((p) => p.probabilities)).toEqual(raw.forecasts.flatMap((f) => f.predictions.map((p) => p.probabilities)));
    expect(body.forecasts.every((f) => f.scenarios.filter((s) => s.baseline).length === 1 && f.resolution !== undefined)).toBe(true);
  });

  test("every analyst's mean final Brier equals the mean of (p_yes − o_yes)² computed from the raw file", () => {
    // Independent: straight from the raw records, with the yes/no form of the rule (SPEC §5).
    const expected = new Map<string, number[]>();
    for (const f of raw.forecasts) {
      const yesHappened = f.resolution.outcome === 0 ? 1 : 0;
      for (const p of f.predictions) {
        const list = expected.get(p.analyst) ?? [];
        list.push((p.probabilities[0] / 100 - yesHappened) ** 2);
        expected.set(p.analyst, list);
      }
    }

    const scored = new Map<string, number[]>();
    for (const f of body.forecasts) {
      for (const analyst of scoreForecast(importForecastToScore(f)!).analysts) {
        scored.set(analyst.analystId, [...(scored.get(analyst.analystId) ?? []), analyst.finalBrier]);
      }
    }

    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    expect([...scored.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [analyst, briers] of expected) {
      expect(scored.get(analyst)!.length, analyst).toBe(briers.length);
      expect(mean(scored.get(analyst)!), analyst).toBeCloseTo(mean(briers), 12);
    }
    const counts = [...expected.values()].map((b) => b.length);
    expect([Math.min(...counts), Math.max(...counts)]).toEqual([4, 471]); // README: 4 to 471 forecasts each
  });

  test("one prediction per analyst and forecast: time-averaged equals final, and each gives two statements", () => {
    let statements = 0;
    for (const f of body.forecasts) {
      const result = scoreForecast(importForecastToScore(f)!);
      statements += result.statements.length;
      for (const a of result.analysts) {
        expect(a.timeAveragedBrier).toBeCloseTo(a.finalBrier, 12);
        expect(a.timeAveragedLogScore).toBeCloseTo(a.finalLogScore, 12);
        expect(a.latePredictionIds).toEqual([]);
      }
    }
    expect(statements).toBe(2 * 3925);
  });

  test("the superforecaster median lands on ForecastBench's published Brier scores (0.118 dataset, 0.084 market)", () => {
    // README: per forecast the median of the superforecasters' yes, scored (median − o)²; the
    // published figures are on the raw data, this file is clamped and rounded, hence ± 0.001.
    const medianBrier = (tag: string) => {
      const briers = raw.forecasts
        .filter((f) => f.tags.includes(tag))
        .map((f) => (median(f.predictions.map((p) => p.probabilities[0] / 100)) - (f.resolution.outcome === 0 ? 1 : 0)) ** 2);
      return briers.reduce((s, b) => s + b, 0) / briers.length;
    };
    expect(Math.abs(medianBrier("dataset") - 0.118)).toBeLessThan(0.001);
    expect(Math.abs(medianBrier("market") - 0.084)).toBeLessThan(0.001);
  });
});

describe("forecastBenchToImport on small records", () => {
  const record = (overrides: Record<string, unknown> = {}) => ({
    title: "Will it rain?",
    statement: "Will it rain in Paris on 1 August 2024?",
    resolutionCriteria: "Météo-France's daily record.",
    closesAt: "2024-08-01",
    createdAt: "2024-07-21T00:00:00Z",
    author: "u-Alpha",
    scenarios: [{ label: "Yes" }, { label: "No" }],
    predictions: [{ analyst: "u-Alpha", createdAt: "2024-07-21T00:00:00Z", probabilities: [0, 100], rationale: "Dry season." }],
    resolution: { outcome: 1, outcomeKnownAt: "2024-08-01" },
    ...overrides,
  });

  test("makes emails of raw ids, ISO dates, a baseline, and probabilities the import accepts", () => {
    expect(forecastBenchToImport({ forecasts: [record()] }).forecasts[0]).toEqual({
      title: "Will it rain?",
      statement: "Will it rain in Paris on 1 August 2024?",
      resolutionCriteria: "Météo-France's daily record.",
      closesAt: "2024-08-01T00:00:00.000Z",
      createdAt: "2024-07-21T00:00:00.000Z",
      author: "u-alpha@forecastbench.example",
      scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
      predictions: [{ analyst: "u-alpha@forecastbench.example", createdAt: "2024-07-21T00:00:00.000Z", probabilities: [0.1, 99.9], rationale: "Dry season." }],
      resolution: { outcome: 1, outcomeKnownAt: "2024-08-01T00:00:00.000Z" },
    });
  });

  test("keeps an annulment and leaves out a missing resolution", () => {
    const [annulled, open] = forecastBenchToImport({ forecasts: [record({ resolution: { annulled: true, outcomeKnownAt: "2024-08-02" } }), record({ resolution: undefined })] }).forecasts;
    expect(annulled.resolution).toEqual({ annulled: true, outcomeKnownAt: "2024-08-02T00:00:00.000Z" });
    expect(open).not.toHaveProperty("resolution");
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ["a missing title", { title: undefined }, /forecasts\[0\]\.title must be non-empty text/],
    ["a bad date", { closesAt: "soon" }, /forecasts\[0\]\.closesAt must be a date/],
    ["one scenario", { scenarios: [{ label: "Yes" }] }, /forecasts\[0\]\.scenarios needs at least two/],
    ["a probability short", { predictions: [{ analyst: "a", createdAt: "2024-07-21", probabilities: [40] }] }, /predictions\[0\]\.probabilities needs one percentage per scenario \(2\), got 1/],
    ["probabilities not adding up", { predictions: [{ analyst: "a", createdAt: "2024-07-21", probabilities: [40, 40] }] }, /predictions\[0\]\.probabilities .*adding up to 100/],
    ["an outcome out of range", { resolution: { outcome: 2, outcomeKnownAt: "2024-08-01" } }, /resolution\.outcome must be a scenario index from 0 to 1, got 2/],
  ])("names %s by its path", (_, overrides, message) => {
    expect(() => forecastBenchToImport({ forecasts: [record(overrides)] })).toThrow(message);
  });

  test("raw ids become emails; emails stay", () => {
    expect(forecastBenchEmail("Some User 7")).toBe("some-user-7@forecastbench.example");
    expect(forecastBenchEmail("sf01@forecastbench.example")).toBe("sf01@forecastbench.example");
  });
});

describe("importPercentages: 0.1–99.9, one decimal, summing to 100", () => {
  test.each<[number[], number[]]>([
    [[62.5, 37.5], [62.5, 37.5]], // already valid: kept
    [[0, 100], [0.1, 99.9]], // clamped at both ends, still 100
    [[100, 0], [99.9, 0.1]],
    [[0, 0, 100], [0.1, 0.1, 99.8]], // clamping added 0.2: taken from the largest
    [[12.75, 87.25], [12.8, 87.2]], // halves round up; the largest absorbs the extra 0.1
    [[1.15, 98.85], [1.2, 98.8]], // 1.15 × 10 is 11.4999… in floating point, still rounds up
    [[33.33, 33.33, 33.34], [33.3, 33.3, 33.4]],
    [[50.04, 49.96], [50, 50]],
  ])("%j → %j", (values, expected) => {
    const result = importPercentages(values);
    expect(result).toEqual(expected);
    expect(validateProbabilityVector(result).ok).toBe(true);
  });

  test("refuses what is not a probability vector", () => {
    expect(() => importPercentages([40, 40])).toThrow(/adding up to 100/);
    expect(() => importPercentages([100])).toThrow(/at least two/);
    expect(() => importPercentages([Number.NaN, 100])).toThrow();
  });
});
