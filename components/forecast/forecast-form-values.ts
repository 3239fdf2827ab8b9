import { parseProbabilityInput, type ScaleId } from "@/lib/estimative";
import { createForecastSchema, type CreateForecastRequest } from "@/lib/validation/forecast";
import { describeSum, sumsToHundred } from "@/lib/validation/probabilities";

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

const PROBABILITY_REASONS = {
  empty: "type a percentage (0.1 to 99.9) or an estimative word such as “likely”",
  vague: "this word has no agreed probability: type a number or a term such as “likely”",
  unrecognised: "type a percentage (0.1 to 99.9) or an estimative word such as “likely”",
  out_of_range: "must be from 0.1 to 99.9",
  too_precise: "must have at most one decimal",
} as const;

type Errors = Record<string, { type: string; message: string }>;

/** Typed words become numbers; then the API's own schema judges the result, so form and server agree. */
export function toForecastRequest(values: ForecastFormValues, scale: ScaleId): { request: CreateForecastRequest; errors: Errors } {
  const errors: Errors = {};
  const probabilities = values.scenarios.map((scenario, index) => {
    const parsed = parseProbabilityInput(scenario.probability, scale);
    if (parsed.ok) return parsed.value;
    errors[`scenarios.${index}.probability`] = { type: "probability", message: PROBABILITY_REASONS[parsed.reason] };
    return Number.NaN;
  });
  const request: CreateForecastRequest = {
    title: values.title,
    statement: values.statement,
    resolutionCriteria: values.resolutionCriteria,
    // A horizon typed as a day means the end of that day (UTC).
    closesAt: values.closesOn ? `${values.closesOn}T23:59:59.999Z` : "",
    confidence: values.confidence || null,
    tags: values.tags.split(",").map((t) => t.trim()).filter(Boolean),
    teamId: values.teamId || null,
    reportId: values.reportId || null,
    excerpt: values.excerpt || null,
    rationale: values.rationale,
    scenarios: values.scenarios.map((s, index) => ({ label: s.label, description: s.description, baseline: String(index) === values.baselineIndex })),
    probabilities,
  };
  return { request, errors };
}

/** Maps the schema's paths onto the form's fields ("probabilities.1" is scenario 1's probability box). */
export function formFieldOf(path: string): string {
  const probability = /^probabilities\.(\d+)$/.exec(path);
  if (probability) return `scenarios.${probability[1]}.probability`;
  if (path === "probabilities") return "probabilitiesTotal";
  if (path === "closesAt") return "closesOn";
  if (path === "scenarios") return "scenariosRoot";
  return path;
}

export function validateForecastForm(values: ForecastFormValues, scale: ScaleId, now: number): Errors {
  const { request, errors } = toForecastRequest(values, scale);
  const result = createForecastSchema.safeParse(request);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = formFieldOf(issue.path.map(String).join("."));
      // A probability box that could not be read already says why.
      if (!errors[field]) errors[field] = { type: issue.code, message: issue.message };
    }
  } else if (result.data.closesAt <= now) {
    errors.closesOn = { type: "future", message: "must be in the future" };
  }
  if (!values.closesOn) errors.closesOn = { type: "required", message: "choose the day the forecast closes" };
  // The schema checks the total only once every other field is valid; the form says it at once.
  const readable = request.probabilities.every((p) => Number.isFinite(p));
  if (readable && !errors.probabilitiesTotal && !sumsToHundred(request.probabilities)) {
    errors.probabilitiesTotal = { type: "sum", message: describeSum(request.probabilities) };
  }
  return errors;
}
