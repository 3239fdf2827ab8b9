import { describe, expect, test } from "vitest";
import { fieldIssues } from "./issues";
import { describeImportField, importBodySchema, importForecastSchema } from "./import";

const NOW = Date.parse("2026-11-30T12:00:00Z");

const good = {
  title: "A question",
  statement: "Something happens before the horizon.",
  resolutionCriteria: "Reported by two outlets.",
  closesAt: "2026-06-30",
  createdAt: "2026-01-01T00:00:00Z",
  author: "Ada@Example.org",
  scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
  predictions: [{ analyst: "ada@example.org", createdAt: "2026-01-01T00:00:00Z", probabilities: [60, 40] }],
  resolution: { outcome: 1, outcomeKnownAt: "2026-06-01" },
};

const issuesOf = (value: unknown) => {
  const result = importForecastSchema(NOW).safeParse(value);
  return result.success ? [] : fieldIssues(result.error);
};

describe("importForecastSchema", () => {
  test("a good forecast: emails lower-cased, a date-only horizon the end of its day, defaults filled", () => {
    const parsed = importForecastSchema(NOW).parse(good);
    expect(parsed.author).toBe("ada@example.org");
    expect(parsed.closesAt).toBe(Date.parse("2026-06-30T23:59:59.999Z"));
    expect(parsed.createdAt).toBe(Date.parse("2026-01-01T00:00:00Z"));
    expect(parsed.resolution).toEqual({ outcome: 1, annulled: false, outcomeKnownAt: Date.parse("2026-06-01T00:00:00Z") });
    expect(parsed.predictions[0].rationale).toBe("");
    expect(parsed.tags).toEqual([]);
    expect(parsed.confidence).toBeNull();
  });

  test.each([
    ["no predictions at all (a forecast may be imported bare)", { predictions: [] }, []],
    ["an annulment", { resolution: { annulled: true, outcomeKnownAt: "2026-06-01" } }, []],
    ["annulled and an outcome", { resolution: { annulled: true, outcome: 0, outcomeKnownAt: "2026-06-01" } }, ["resolution.outcome"]],
    ["neither outcome nor annulled", { resolution: { outcomeKnownAt: "2026-06-01" } }, ["resolution.outcome"]],
    ["a resolution with no outcome and a date that is not one: both said", { resolution: { outcomeKnownAt: 5 } }, ["resolution.outcomeKnownAt", "resolution.outcome"]],
    ["an outcome that is not a whole number", { resolution: { outcome: 0.5, outcomeKnownAt: "2026-06-01" } }, ["resolution.outcome"]],
    ["outcome known before the forecast was made", { resolution: { outcome: 0, outcomeKnownAt: "2025-12-31" } }, ["resolution.outcomeKnownAt"]],
    ["a forecast made in the future", { createdAt: "2026-12-01T00:00:00Z", closesAt: "2027-06-30", predictions: [], resolution: null }, ["createdAt"]],
    ["a horizon before the forecast was made", { closesAt: "2025-06-30", predictions: [], resolution: null }, ["closesAt"]],
    ["a prediction exactly at the horizon is allowed", { closesAt: "2026-06-30T00:00:00Z", predictions: [{ analyst: "a@example.org", createdAt: "2026-06-30T00:00:00Z", probabilities: [50, 50] }] }, []],
    ["a prediction a millisecond after the horizon", { closesAt: "2026-06-30T00:00:00Z", predictions: [{ analyst: "a@example.org", createdAt: "2026-06-30T00:00:00.001Z", probabilities: [50, 50] }] }, ["predictions.0.createdAt"]],
    ["a probability out of range and one with two decimals", { predictions: [{ analyst: "a@example.org", createdAt: "2026-02-01T00:00:00Z", probabilities: [100, 0] }, { analyst: "b@example.org", createdAt: "2026-02-01T00:00:00Z", probabilities: [50.05, 49.95] }] }, ["predictions.0.probabilities.0", "predictions.0.probabilities.1", "predictions.1.probabilities.0", "predictions.1.probabilities.1"]],
    ["one scenario", { scenarios: [{ label: "Yes", baseline: true }], predictions: [], resolution: null }, ["scenarios"]],
    ["two baselines and a repeated label", { scenarios: [{ label: "Yes", baseline: true }, { label: "yes", baseline: true }], predictions: [] }, ["scenarios", "scenarios.1.label"]],
  ])("%s", (_, change, fields) => {
    expect(issuesOf({ ...good, ...change }).map((i) => i.field)).toEqual(fields);
  });

  test("garbage in every field is reported field by field, never thrown", () => {
    const fields = issuesOf({ title: 3, scenarios: "two", predictions: [{ analyst: 1, createdAt: "yesterday", probabilities: "half" }, 7], createdAt: "soon", closesAt: null, author: "nobody", resolution: "yes" }).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(["title", "statement", "resolutionCriteria", "closesAt", "scenarios", "createdAt", "author", "predictions.0.analyst", "predictions.0.createdAt", "predictions.0.probabilities", "predictions.1", "resolution"]));
    expect(issuesOf(null).map((i) => i.field)).toEqual([""]);
  });

  test("a field of the wrong type does not hide the rules broken elsewhere in the same forecast", () => {
    const fields = issuesOf({ ...good, title: 3, predictions: [{ analyst: "a@example.org", createdAt: "2026-02-01T00:00:00Z", probabilities: [50, 40] }] }).map((i) => i.field);
    expect(fields).toEqual(["title", "predictions.0.probabilities"]);
  });

  test("the whole body at once (small files and tests)", () => {
    expect(importBodySchema(NOW).safeParse({ forecasts: [good, good] }).success).toBe(true);
    expect(fieldIssues(importBodySchema(NOW).safeParse({ forecasts: [good, { ...good, author: "x" }] }).error!).map((i) => i.field)).toEqual(["forecasts.1.author"]);
  });
});

describe("describeImportField: the page's and the CLI's plain words (counting from 1)", () => {
  test.each([
    ["forecasts.3.predictions.1.probabilities", "Forecast 4, prediction 2: probabilities"],
    ["forecasts.0.title", "Forecast 1: title"],
    ["forecasts.2.resolution.outcomeKnownAt", "Forecast 3, resolution: outcome known at"],
    ["forecasts.0.scenarios.1.label", "Forecast 1, scenario 2: label"],
    ["forecasts.5", "Forecast 6"],
    ["forecasts", "Forecasts"],
    ["", "The file"],
  ])("%s → %s", (field, words) => expect(describeImportField(field)).toBe(words));
});
