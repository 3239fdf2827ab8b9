import { formatDayTime, isoDay } from "@/lib/format/dates";
import { besideField } from "@/lib/format/beside-field";
import { resolveForecastSchema } from "@/lib/validation/resolution";

/** The outcome choice that annuls instead of naming a scenario. */
export const ANNUL = "annul";

export interface ResolveFormValues {
  /** A scenario's id, ANNUL, or "" before a choice. */
  outcome: string;
  /** YYYY-MM-DD, as a date input gives it. */
  knownOn: string;
  /** HH:MM or HH:MM:SS in UTC, or "" for the start of the day. */
  knownAt: string;
  rationale: string;
  eventIds: string[];
}

export type ResolveField = keyof ResolveFormValues;

export const EMPTY_RESOLUTION: ResolveFormValues = { outcome: "", knownOn: "", knownAt: "", rationale: "", eventIds: [] };

export function labelsOf(values: Pick<ResolveFormValues, "outcome">): Record<ResolveField, string> {
  return {
    outcome: "Outcome",
    knownOn: "Date the outcome became known",
    knownAt: "Time (UTC, optional)",
    rationale: values.outcome === ANNUL ? "Reason for annulling" : "Rationale",
    eventIds: "Supporting events",
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** The moment the form names, as SPEC §6 writes it: a date alone is 00:00 UTC that day. */
export function knownAtIso(values: Pick<ResolveFormValues, "knownOn" | "knownAt">): string {
  const time = values.knownAt.trim();
  if (!time) return values.knownOn;
  return `${values.knownOn}T${time.length === 5 ? `${time}:00` : time}Z`;
}

/** The body of POST /api/v1/forecasts/:id/resolution that the form stands for. */
export function toResolutionRequest(values: ResolveFormValues) {
  const annulled = values.outcome === ANNUL;
  return {
    ...(annulled ? {} : { outcomeScenarioId: values.outcome }),
    annulled,
    outcomeKnownAt: knownAtIso(values),
    rationale: values.rationale,
    eventIds: values.eventIds ?? [],
  };
}

/** The API's field paths ("eventIds.2") on the form's fields. */
export function formFieldOf(path: string): ResolveField | null {
  const top = path.split(".")[0];
  if (top === "outcomeScenarioId" || top === "annulled") return "outcome";
  if (top === "outcomeKnownAt") return "knownOn";
  if (top === "rationale" || top === "eventIds") return top;
  return null;
}

/**
 * Each bad field's message, in the words of its label: first what only a person filling the form
 * can get wrong (nothing chosen, no date), then the shared schema, then the server's rules about
 * time (not in the future, not before the forecast was made) so they are said before sending.
 */
export function checkResolveForm(values: ResolveFormValues, context: { now: number; createdAt: string }): Partial<Record<ResolveField, string>> {
  const labels = labelsOf(values);
  const errors: Partial<Record<ResolveField, string>> = {};
  if (!values.outcome) errors.outcome = "Choose the scenario that occurred, or annul the forecast.";
  if (!values.knownOn) errors.knownOn = "Give the date the outcome became known.";
  else if (!DAY.test(values.knownOn)) errors.knownOn = "Give the date as a day, such as 2021-11-07.";
  if (values.knownAt.trim() && !TIME.test(values.knownAt.trim())) errors.knownAt = "Give a time such as 14:30, or leave it empty for the start of the day.";
  if (!values.rationale.trim()) errors.rationale = values.outcome === ANNUL ? "Say why the forecast is annulled." : "Say how you know: the rationale is kept with the resolution.";

  const parsed = resolveForecastSchema.safeParse(toResolutionRequest(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formFieldOf(issue.path.map(String).join("."));
      if (field && !errors[field]) errors[field] = besideField(labels[field], issue.message);
    }
  } else if (!errors.knownOn && !errors.knownAt) {
    const moment = parsed.data.outcomeKnownAt;
    const createdAt = Date.parse(context.createdAt);
    if (moment > context.now) errors.knownOn = besideField(labels.knownOn, "can't be in the future");
    else if (moment < createdAt && !values.knownAt.trim() && values.knownOn === isoDay(createdAt)) {
      // A date alone is 00:00 UTC, before a forecast made later that same day.
      errors.knownAt = `The forecast was made that day at ${timeOfDay(createdAt)} UTC: give a time after that.`;
    } else if (moment < createdAt) errors.knownOn = besideField(labels.knownOn, `can't be before the forecast was made (${formatDayTime(createdAt)})`);
  }
  return errors;
}

function timeOfDay(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}
