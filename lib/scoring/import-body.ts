/**
 * The track-record JSON of SPEC §6 (`POST /api/v1/import`, `GET /api/v1/export`) as plain types,
 * and how one of its forecasts is scored without a database: scenarios and predictions are named
 * by their position, analysts by their email.
 */
import type { ForecastToScore } from "./types";

export interface ImportScenario {
  label: string;
  description?: string;
  baseline?: boolean;
}

export interface ImportPrediction {
  /** The analyst's email. */
  analyst: string;
  /** ISO 8601. */
  createdAt: string;
  /** Percent per scenario, in the forecast's scenario order. */
  probabilities: number[];
  rationale?: string;
}

export type ImportResolution =
  | { outcome: number; outcomeKnownAt: string; resolver?: string }
  | { annulled: true; outcomeKnownAt: string; resolver?: string };

export interface ImportForecast {
  title: string;
  statement: string;
  resolutionCriteria: string;
  closesAt: string;
  createdAt: string;
  /** The author's email. */
  author: string;
  tags?: string[];
  scenarios: ImportScenario[];
  predictions: ImportPrediction[];
  resolution?: ImportResolution;
}

export interface ImportBody {
  forecasts: ImportForecast[];
}

/** Scenario k of an imported forecast is named "k" (its index, as `resolution.outcome` names it). */
export const importScenarioId = (index: number): string => String(index);

/**
 * Prediction j is named "p000000"+j: zero-padded so that (createdAt, id) order keeps the file's
 * order when one analyst has two predictions at the same instant (the later one in the file wins).
 */
export const importPredictionId = (index: number): string => `p${String(index).padStart(6, "0")}`;

/** The forecast as scoring reads it, or null while it has no resolution. */
export function importForecastToScore(forecast: ImportForecast): ForecastToScore | null {
  const resolution = forecast.resolution;
  if (!resolution) return null;
  const scenarioIds = forecast.scenarios.map((_, k) => importScenarioId(k));
  const annulled = "annulled" in resolution && resolution.annulled === true;
  return {
    scenarioIds,
    closesAt: Date.parse(forecast.closesAt),
    outcomeKnownAt: Date.parse(resolution.outcomeKnownAt),
    outcomeScenarioId: annulled || !("outcome" in resolution) ? null : importScenarioId(resolution.outcome),
    annulled,
    predictions: forecast.predictions.map((p, j) => ({
      id: importPredictionId(j),
      analystId: p.analyst,
      createdAt: Date.parse(p.createdAt),
      probabilities: Object.fromEntries(p.probabilities.map((pct, k) => [scenarioIds[k], pct])),
    })),
  };
}
