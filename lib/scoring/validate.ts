/**
 * The checks in front of the bare math (as scoringrules keeps `_brier.py` apart from
 * `core/brier.py`): the math assumes well-formed input, these make sure it is. Each failure is a
 * plain Error naming what is wrong, because it means a caller bug or corrupt data, not user input.
 */
import { isInPercentRange, MAX_PERCENT, MIN_PERCENT, validateProbabilityVector } from "@/lib/estimative/probability";
import type { ForecastToScore, ScoredPrediction } from "./types";

function fail(message: string): never {
  throw new Error(`Cannot score: ${message}`);
}

function checkTime(value: unknown, what: string): void {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(`${what} must be a time in epoch milliseconds, got ${String(value)}`);
}

export function checkScenarioIds(scenarioIds: readonly string[]): void {
  if (scenarioIds.length < 2) fail(`a forecast needs at least two scenarios, got ${scenarioIds.length}`);
  const seen = new Set<string>();
  for (const id of scenarioIds) {
    if (typeof id !== "string" || id === "") fail("every scenario id must be a non-empty string");
    if (seen.has(id)) fail(`scenario "${id}" is listed twice`);
    seen.add(id);
  }
}

export function checkOutcome(outcomeScenarioId: string, scenarioIds: readonly string[]): void {
  if (!scenarioIds.includes(outcomeScenarioId)) fail(`the outcome "${outcomeScenarioId}" is not one of the forecast's scenarios (${scenarioIds.join(", ")})`);
}

/** One probability per scenario, no others, and the vector SPEC §2 allows (0.1–99.9, sum 100 ± 0.05). */
export function checkProbabilities(probabilities: Record<string, number>, scenarioIds: readonly string[], where = "the prediction"): void {
  const missing = scenarioIds.filter((id) => !Object.hasOwn(probabilities, id));
  if (missing.length > 0) fail(`${where} has no probability for scenario ${missing.map((id) => `"${id}"`).join(", ")}`);
  const extra = Object.keys(probabilities).filter((id) => !scenarioIds.includes(id));
  if (extra.length > 0) fail(`${where} has a probability for ${extra.map((id) => `"${id}"`).join(", ")}, which is not a scenario of the forecast`);
  const result = validateProbabilityVector(scenarioIds.map((id) => probabilities[id]));
  if (!result.ok) {
    const issue = result.issues[0];
    fail(`${where}: ${issue.index === null ? issue.message : `the probability of scenario "${scenarioIds[issue.index]}" ${issue.message}`}`);
  }
}

/** The outcome's probability alone, for the log score, which reads nothing else. */
export function checkOutcomeProbability(probabilities: Record<string, number>, outcomeScenarioId: string): void {
  if (!Object.hasOwn(probabilities, outcomeScenarioId)) fail(`there is no probability for the outcome "${outcomeScenarioId}"`);
  const value = probabilities[outcomeScenarioId];
  if (typeof value !== "number" || !Number.isFinite(value) || !isInPercentRange(value)) {
    fail(`the probability of the outcome "${outcomeScenarioId}" must be a percentage from ${MIN_PERCENT} to ${MAX_PERCENT}, got ${String(value)}`);
  }
}

function checkPrediction(prediction: ScoredPrediction, scenarioIds: readonly string[], seenIds: Set<string>): void {
  if (typeof prediction.id !== "string" || prediction.id === "") fail("every prediction needs an id");
  const where = `prediction "${prediction.id}"`;
  if (seenIds.has(prediction.id)) fail(`${where} is listed twice`);
  seenIds.add(prediction.id);
  if (typeof prediction.analystId !== "string" || prediction.analystId === "") fail(`${where} has no analyst`);
  checkTime(prediction.createdAt, `${where}'s createdAt`);
  checkProbabilities(prediction.probabilities, scenarioIds, where);
}

export function checkForecast(forecast: ForecastToScore): void {
  checkScenarioIds(forecast.scenarioIds);
  checkTime(forecast.closesAt, "closesAt");
  checkTime(forecast.outcomeKnownAt, "outcomeKnownAt");
  if (forecast.annulled) {
    if (forecast.outcomeScenarioId !== null) fail(`an annulled forecast has no outcome, got "${forecast.outcomeScenarioId}"`);
  } else {
    if (forecast.outcomeScenarioId === null) fail("a forecast that is not annulled needs an outcome scenario");
    checkOutcome(forecast.outcomeScenarioId, forecast.scenarioIds);
  }
  const seenIds = new Set<string>();
  for (const prediction of forecast.predictions) checkPrediction(prediction, forecast.scenarioIds, seenIds);
}
