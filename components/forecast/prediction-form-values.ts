import type { ScenarioDto } from "@/lib/dto/forecast";
import type { ScaleId } from "@/lib/estimative/scales";
import { addPredictionSchema } from "@/lib/validation/prediction";
import { describeSum, sumsToHundred } from "@/lib/validation/probabilities";
import { EMPTY_PROBABILITY, readProbability } from "./probability-reading";

/** What the add-prediction form holds: a probability as typed per scenario id, and the rationale. */
export interface PredictionFormValues {
  probabilities: Record<string, string>;
  rationale: string;
}

/** Field ("probabilities.<scenario id>", "total", "rationale", "form") → what to do, in words. */
export type PredictionFormErrors = Record<string, string>;

export function toPredictionRequest(values: PredictionFormValues, scenarios: ScenarioDto[], scale: ScaleId) {
  const probabilities: Record<string, number> = {};
  for (const s of scenarios) {
    const reading = readProbability(values.probabilities[s.id] ?? "", scale);
    if (reading.kind === "value") probabilities[s.id] = reading.value;
  }
  return { probabilities, rationale: values.rationale };
}

function totalMessage(message: string): string {
  const sum = /they sum to ([\d.]+)/.exec(message);
  return sum ? `The probabilities add up to ${sum[1]}%; they must add up to 100%.` : "Give every scenario a probability.";
}

/** One schema (or server) message for a path of the prediction API, in words a person reads. */
function humanMessage(path: string, message: string, values: PredictionFormValues): [field: string, message: string] {
  if (path === "probabilities") return ["total", totalMessage(message)];
  if (path.startsWith("probabilities.")) {
    if (/at least|at most/.test(message)) return [path, "Probabilities run from 0.1 to 99.9: nothing is certain."];
    if (/one decimal/.test(message)) return [path, "Use at most one decimal."];
    return ["form", "The forecast's scenarios have changed: reload the page."];
  }
  const tooLong = /^must be at most ([\d,]+) characters$/.exec(message);
  if (path === "rationale" && tooLong) return [path, `Keep it to ${tooLong[1]} characters or fewer (it has ${values.rationale.trim().length.toLocaleString("en-GB")}).`];
  return [path || "form", `${message.charAt(0).toUpperCase()}${message.slice(1)}.`];
}

export function validatePredictionForm(values: PredictionFormValues, scenarios: ScenarioDto[], scale: ScaleId): PredictionFormErrors {
  const errors: PredictionFormErrors = {};
  for (const s of scenarios) {
    const reading = readProbability(values.probabilities[s.id] ?? "", scale);
    if (reading.kind === "empty") errors[`probabilities.${s.id}`] = EMPTY_PROBABILITY;
    if (reading.kind === "problem") errors[`probabilities.${s.id}`] = reading.message;
  }
  const request = toPredictionRequest(values, scenarios, scale);
  const unread = Object.keys(errors).length > 0;
  const result = addPredictionSchema.safeParse(request);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [field, message] = humanMessage(issue.path.map(String).join("."), issue.message, values);
      // The schema sees only the boxes that could be read: their total means nothing yet.
      if (field === "total" && unread) continue;
      errors[field] ??= message;
    }
  }
  // The total, once every box holds a number, even when the schema stopped at another problem.
  const numbers = Object.values(request.probabilities);
  if (numbers.length === scenarios.length && !errors.total && !sumsToHundred(numbers)) errors.total = totalMessage(describeSum(numbers));
  return errors;
}

/** The server's field errors (keyed by API path), as the form shows them. */
export function predictionErrorsOf(fieldErrors: Record<string, string>, values: PredictionFormValues): PredictionFormErrors {
  const errors: PredictionFormErrors = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const [field, words] = humanMessage(path === "form" ? "" : path, message, values);
    errors[field] ??= words;
  }
  return errors;
}

/** The same numbers as the analyst's standing prediction: adding them again says nothing new. */
export function repeatsStanding(request: { probabilities: Record<string, number> }, current: Record<string, number> | null): boolean {
  if (!current) return false;
  const ids = Object.keys(current);
  return ids.length === Object.keys(request.probabilities).length && ids.every((id) => request.probabilities[id] === current[id]);
}
