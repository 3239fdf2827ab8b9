import { EVENT_IN_FUTURE, recordEventSchema } from "@/lib/validation/evidence";

/** A new event as its form holds it: every box is text until it is sent. */
export interface EventFieldValues {
  occurredAt: string;
  title: string;
  description: string;
  sourceUrl: string;
  sourceReliability: string;
  infoCredibility: string;
}

export const EVENT_FIELDS = ["occurredAt", "title", "description", "sourceUrl", "sourceReliability", "infoCredibility"] as const;

export const EMPTY_EVENT: EventFieldValues = { occurredAt: "", title: "", description: "", sourceUrl: "", sourceReliability: "", infoCredibility: "" };

/** The body POST /api/v1/events takes (and the record-event action), from the form's boxes. */
export function toEventRequest(values: EventFieldValues, links: { indicatorIds?: string[]; note?: string } = {}) {
  return {
    occurredAt: values.occurredAt,
    title: values.title,
    description: values.description,
    sourceUrl: values.sourceUrl || null,
    sourceReliability: values.sourceReliability || null,
    infoCredibility: values.infoCredibility ? Number(values.infoCredibility) : null,
    ...links,
  };
}

/**
 * The new event's own fields judged by the API's schema, and its date by the reader's clock
 * (the server checks again with its own). Field → message, in the words shown beside the field.
 */
export function eventFieldErrors(values: EventFieldValues, now: number): Record<string, string> {
  const errors: Record<string, string> = {};
  const request = toEventRequest(values);
  for (const issue of recordEventSchema.safeParse(request).error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  // Judged on its own, so that it is said together with the other fields' errors.
  const occurredAt = recordEventSchema.shape.occurredAt.safeParse(request.occurredAt);
  if (occurredAt.success && occurredAt.data > now) errors.occurredAt = EVENT_IN_FUTURE;
  return errors;
}

/** The day typed in a date box as epoch ms, or null while it is not a whole date. */
export function typedDay(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
