import type { ScaleId } from "@/lib/estimative/scales";
import { createForecastSchema, type CreateForecastRequest } from "@/lib/validation/forecast";
import { isoHorizon } from "@/lib/validation/common";
import { describeSum, sumsToHundred } from "@/lib/validation/probabilities";
import { formFieldOf, humanMessage, orderOf, type FormField, type MessageContext } from "./forecast-form-messages";
import { EMPTY_PROBABILITY, readProbability } from "./probability-reading";

/** What the new-forecast form holds: probabilities as typed (a number or estimative words). */
export interface ForecastFormValues {
  title: string;
  statement: string;
  resolutionCriteria: string;
  closesOn: string;
  confidence: "" | "low" | "moderate" | "high";
  tags: string;
  teamId: string;
  reportId: string;
  excerpt: string;
  rationale: string;
  baselineIndex: string;
  scenarios: { label: string; description: string; probability: string }[];
}

/** Each field that needs attention, with what to do about it in words a person reads. */
export type FormErrors = Record<FormField, string>;

function splitTags(tags: string): string[] {
  return tags.split(",").map((t) => t.trim()).filter(Boolean);
}

/** Typed words become numbers (NaN where a box can't be read); then the API's own schema judges the result, so form and server agree. */
export function toForecastRequest(values: ForecastFormValues, scale: ScaleId): CreateForecastRequest {
  return {
    title: values.title,
    statement: values.statement,
    resolutionCriteria: values.resolutionCriteria,
    // A day alone: the API reads it as the end of that day in UTC, as the form promises.
    closesAt: values.closesOn,
    confidence: values.confidence || null,
    tags: splitTags(values.tags),
    teamId: values.teamId || null,
    reportId: values.reportId || null,
    excerpt: values.excerpt || null,
    rationale: values.rationale,
    scenarios: values.scenarios.map((s, index) => ({ label: s.label, description: s.description, baseline: String(index) === values.baselineIndex })),
    probabilities: values.scenarios.map((scenario) => {
      const reading = readProbability(scenario.probability, scale);
      return reading.kind === "value" ? reading.value : Number.NaN;
    }),
  };
}

function contextOf(values: ForecastFormValues): MessageContext {
  const parsed = isoHorizon.safeParse(values.closesOn);
  return {
    tags: splitTags(values.tags),
    closesAt: parsed.success ? parsed.data : null,
    textOf: (field) => {
      const value = field.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);
      return typeof value === "string" ? value : "";
    },
  };
}

/** Several messages for one field (two bad tags) are said together. */
function add(errors: FormErrors, field: FormField, message: string): void {
  if (!errors[field]) errors[field] = message;
  else if (!errors[field].includes(message)) errors[field] = `${errors[field]} ${message}`;
}

/** Every problem of the form, each beside its field; the same schema the API uses decides. */
export function validateForecastForm(values: ForecastFormValues, scale: ScaleId, now: number): FormErrors {
  const errors: FormErrors = {};
  const context = contextOf(values);
  values.scenarios.forEach((scenario, index) => {
    const reading = readProbability(scenario.probability, scale);
    if (reading.kind === "empty") errors[`scenarios.${index}.probability`] = EMPTY_PROBABILITY;
    if (reading.kind === "problem") errors[`scenarios.${index}.probability`] = reading.message;
  });
  const request = toForecastRequest(values, scale);
  const result = createForecastSchema.safeParse(request);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join(".");
      const field = formFieldOf(path);
      // A probability box that could not be read already says why.
      if (field.endsWith(".probability") && errors[field]) continue;
      add(errors, field, humanMessage(path, issue.message, context));
    }
  }
  // Said even while other fields are still wrong (the schema has no clock; the server checks again).
  if (!errors.closesOn && context.closesAt !== null && context.closesAt <= now) {
    errors.closesOn = humanMessage("closesAt", "must be in the future", context);
  }
  // The schema checks the total only once every other field is valid; the form says it at once.
  const readable = request.probabilities.every((p) => Number.isFinite(p));
  if (readable && !errors.probabilitiesTotal && !sumsToHundred(request.probabilities)) {
    errors.probabilitiesTotal = humanMessage("probabilities", describeSum(request.probabilities), context);
  }
  return errors;
}

/** The server's field errors (keyed by API path), as the form shows them. */
export function formErrorsOf(fieldErrors: Record<string, string>, values: ForecastFormValues): FormErrors {
  const errors: FormErrors = {};
  const context = contextOf(values);
  for (const [path, message] of Object.entries(fieldErrors)) add(errors, formFieldOf(path), humanMessage(path, message, context));
  return errors;
}

/** The fields with a problem, top to bottom. */
export function fieldsInOrder(errors: FormErrors): FormField[] {
  return Object.keys(errors).sort((a, b) => orderOf(a) - orderOf(b));
}
