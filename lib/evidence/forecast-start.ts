import { formatDay } from "@/lib/format/dates";
import { startOfUtcDay } from "./day";

/*
 * Dates a person gives about a forecast's evidence (an indicator's "expected by", the day an
 * event happened) are days, while the forecast's creation is an instant. They are compared by
 * UTC day, so the day the forecast was made never counts as "before" it.
 */

/** Whether `t` falls on a UTC day before the one the forecast was made on. */
export function isBeforeForecastDay(t: number, forecastCreatedAt: number): boolean {
  return startOfUtcDay(t) < startOfUtcDay(forecastCreatedAt);
}

/** Said beside "expected by" by the add-indicator form and in the API's 422. */
export function expectedByBeforeForecast(forecastCreatedAt: number): string {
  return `Choose ${formatDay(forecastCreatedAt)} or later: an indicator can't be expected before the forecast was made.`;
}

/**
 * The attach-event form's warning (not an error: such an event may be linked). The evidence-
 * implied line starts when the forecast was made, so an earlier event counts from its start.
 */
export function countsFromTheStart(eventOccurredAt: number, forecastCreatedAt: number): string {
  return `This event happened on ${formatDay(eventOccurredAt)}, before the forecast was made (${formatDay(forecastCreatedAt)}): it will count from the start of the evidence-implied line.`;
}
