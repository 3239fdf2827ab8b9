/**
 * ForecastBench's superforecaster track record (../shared/data/forecastbench, CC BY-SA 4.0; see
 * its README) as the import JSON of SPEC §6, for import tests and benchmarks.
 *
 * The shared file is already written in that shape (one forecast per question and resolution
 * date, analysts `sfNN@forecastbench.example`), so this is a checked pass-through that makes
 * every value safe to import:
 * - each record is checked, and a bad one throws naming it by path (`forecasts[3].predictions[1].analyst`);
 * - dates become ISO 8601 in UTC;
 * - an analyst or author without "@" (a raw ForecastBench user id) becomes `<id>@forecastbench.example`;
 * - probabilities go through `importPercentages` (SPEC §2: 0.1–99.9, one decimal, sum 100);
 * - when no scenario is marked as the baseline, the first one is (SPEC §2: exactly one).
 * Pure: the caller reads the file.
 */
import type { ImportBody, ImportForecast, ImportPrediction, ImportResolution, ImportScenario } from "./import-body";

export const FORECASTBENCH_DOMAIN = "forecastbench.example";

/**
 * Percentages as the import accepts them. In tenths of a percent: each value rounded to one
 * decimal (halves up) and clamped to 0.1–99.9; whatever that leaves the sum away from 100 is
 * added to (or taken from) the largest value as given (the first of equals), which it changes
 * least in relative terms. So [0, 100] becomes [0.1, 99.9] and [0, 0, 100] becomes
 * [0.1, 0.1, 99.8]. Values already valid are kept exactly. A vector that does not add up to
 * about 100 (±1) is not a probability vector and throws.
 */
export function importPercentages(values: readonly number[]): number[] {
  const sum = values.reduce((total, v) => total + v, 0);
  if (values.length < 2 || !values.every(Number.isFinite) || Math.abs(sum - 100) > 1) {
    throw new Error(`probabilities must be at least two numbers adding up to 100, got [${values.join(", ")}]`);
  }
  // The 1e-9 makes halves round up even when ×10 lands a hair below them (1.15 × 10 = 11.4999…).
  const tenths = values.map((v) => Math.min(999, Math.max(1, Math.round(v * 10 + 1e-9))));
  const largest = values.indexOf(Math.max(...values));
  tenths[largest] += 1000 - tenths.reduce((total, t) => total + t, 0);
  if (tenths[largest] < 1 || tenths[largest] > 999) throw new Error(`probabilities [${values.join(", ")}] cannot be made to sum to 100 within 0.1–99.9`);
  return tenths.map((t) => t / 10);
}

export function forecastBenchEmail(forecaster: string): string {
  return forecaster.includes("@") ? forecaster : `${forecaster.toLowerCase().replace(/[^a-z0-9._-]+/g, "-")}@${FORECASTBENCH_DOMAIN}`;
}

export function forecastBenchToImport(json: unknown): ImportBody {
  const forecasts = list(record(json, "the file").forecasts, "forecasts");
  return { forecasts: forecasts.map((f, i) => convertForecast(f, `forecasts[${i}]`)) };
}

function convertForecast(value: unknown, path: string): ImportForecast {
  const f = record(value, path);
  const scenarios = list(f.scenarios, `${path}.scenarios`).map((s, k) => convertScenario(s, `${path}.scenarios[${k}]`));
  if (scenarios.length < 2) fail(`${path}.scenarios`, "needs at least two scenarios");
  if (!scenarios.some((s) => s.baseline)) scenarios[0].baseline = true;
  const tags = f.tags === undefined ? undefined : list(f.tags, `${path}.tags`).map((t, k) => text(t, `${path}.tags[${k}]`));
  return {
    title: text(f.title, `${path}.title`),
    statement: text(f.statement, `${path}.statement`),
    resolutionCriteria: text(f.resolutionCriteria, `${path}.resolutionCriteria`),
    closesAt: isoDate(f.closesAt, `${path}.closesAt`),
    createdAt: isoDate(f.createdAt, `${path}.createdAt`),
    author: forecastBenchEmail(text(f.author, `${path}.author`)),
    ...(tags ? { tags } : {}),
    scenarios,
    predictions: list(f.predictions, `${path}.predictions`).map((p, j) => convertPrediction(p, scenarios.length, `${path}.predictions[${j}]`)),
    ...(f.resolution === undefined || f.resolution === null ? {} : { resolution: convertResolution(f.resolution, scenarios.length, `${path}.resolution`) }),
  };
}

function convertScenario(value: unknown, path: string): ImportScenario {
  const s = record(value, path);
  return {
    label: text(s.label, `${path}.label`),
    ...(typeof s.description === "string" ? { description: s.description } : {}),
    ...(s.baseline === true ? { baseline: true } : {}),
  };
}

function convertPrediction(value: unknown, scenarioCount: number, path: string): ImportPrediction {
  const p = record(value, path);
  const probabilities = list(p.probabilities, `${path}.probabilities`);
  if (probabilities.length !== scenarioCount) fail(`${path}.probabilities`, `needs one percentage per scenario (${scenarioCount}), got ${probabilities.length}`);
  if (!probabilities.every((v) => typeof v === "number")) fail(`${path}.probabilities`, "must be numbers");
  let percentages: number[];
  try {
    percentages = importPercentages(probabilities as number[]);
  } catch (error) {
    fail(`${path}.probabilities`, (error as Error).message);
  }
  return {
    analyst: forecastBenchEmail(text(p.analyst, `${path}.analyst`)),
    createdAt: isoDate(p.createdAt, `${path}.createdAt`),
    probabilities: percentages,
    ...(typeof p.rationale === "string" && p.rationale !== "" ? { rationale: p.rationale } : {}),
  };
}

function convertResolution(value: unknown, scenarioCount: number, path: string): ImportResolution {
  const r = record(value, path);
  const outcomeKnownAt = isoDate(r.outcomeKnownAt, `${path}.outcomeKnownAt`);
  const resolver = typeof r.resolver === "string" ? { resolver: forecastBenchEmail(r.resolver) } : {};
  if (r.annulled === true) return { annulled: true, outcomeKnownAt, ...resolver };
  const outcome = r.outcome;
  if (typeof outcome !== "number" || !Number.isInteger(outcome) || outcome < 0 || outcome >= scenarioCount) {
    fail(`${path}.outcome`, `must be a scenario index from 0 to ${scenarioCount - 1}, got ${String(outcome)}`);
  }
  return { outcome, outcomeKnownAt, ...resolver };
}

// ---------------------------------------------------------------- reading untyped JSON

function fail(path: string, message: string): never {
  throw new Error(`ForecastBench file: ${path} ${message}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path, "must be an object");
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, "must be a list");
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(path, "must be non-empty text");
  return value;
}

function isoDate(value: unknown, path: string): string {
  const time = typeof value === "string" ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) fail(path, `must be a date (ISO 8601), got ${JSON.stringify(value)}`);
  return new Date(time).toISOString();
}
