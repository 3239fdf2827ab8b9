/**
 * The one place that talks to chrono-node. It turns chrono's results into calendar dates and
 * says which of them depend on the reference date, so that without a publication date a
 * relative phrase ("October 10", "Friday", "in two weeks") is left undated rather than guessed.
 */
import * as chrono from "chrono-node";
import { endOfMonth, type CalendarDate } from "./dates";

export interface DateHit {
  index: number;
  text: string;
  /** First and last day the phrase covers ("October" covers the whole month). */
  first: CalendarDate;
  last: CalendarDate;
  /** True when the dates came from the reference date rather than the text itself. */
  relative: boolean;
  /** False when chrono guessed the year ("October 10"), picking the one nearest the reference. */
  yearKnown: boolean;
  /** A weekday alone ("Tuesday night"): chrono picks the one nearest the reference, which may be past. */
  weekdayOnly: boolean;
}

// Two references far apart: a phrase that resolves to the same days from both is absolute.
const PROBE_A: CalendarDate = { year: 2001, month: 3, day: 15 };
const PROBE_B: CalendarDate = { year: 2013, month: 9, day: 22 };

const FULL_WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const LOWER_CASE_MONTH = /\b(?:may|march|june|july|august)\b/;

function referenceOf(date: CalendarDate): Date {
  // Local noon, because chrono reads the reference in local time: the calendar day is the same
  // in every time zone within ±11 hours.
  return new Date(date.year, date.month - 1, date.day, 12);
}

function calendarDate(component: chrono.ParsedComponents): CalendarDate {
  return { year: component.get("year") ?? 0, month: component.get("month") ?? 1, day: component.get("day") ?? 1 };
}

/** Keeps only results that name a day, month, year or full weekday: not "at 10", not "Sun". */
function isUsable(result: chrono.ParsedResult): boolean {
  const start = result.start;
  if (LOWER_CASE_MONTH.test(result.text)) return false;
  if (start.isCertain("day") || start.isCertain("month") || start.isCertain("year")) return true;
  return start.isCertain("weekday") && FULL_WEEKDAY.test(result.text);
}

function span(result: chrono.ParsedResult): { first: CalendarDate; last: CalendarDate } {
  const first = calendarDate(result.start);
  const end = result.end ?? result.start;
  const last = calendarDate(end);
  // A month without a day ("October 2021") covers the whole month.
  if (!end.isCertain("day") && end.isCertain("month")) return { first, last: endOfMonth(last.year, last.month) };
  return { first, last };
}

// chrono slows down more than linearly on long texts full of dates; a date phrase is short,
// so a long "sentence" (a pasted table, say) is read in windows cut at a clause or a space.
const WINDOW = 400;

function windowEnd(text: string, start: number): number {
  const end = start + WINDOW;
  if (end >= text.length) return text.length;
  const slice = text.slice(start, end);
  const clause = Math.max(slice.lastIndexOf(", "), slice.lastIndexOf("; "));
  if (clause > WINDOW / 2) return start + clause + 1;
  const space = slice.lastIndexOf(" ");
  return space > 0 ? start + space : end;
}

/** A chrono result and its offset in the whole text, not in its window. */
interface Located {
  index: number;
  result: chrono.ParsedResult;
}

function parseWith(text: string, reference: CalendarDate): Located[] {
  const found: Located[] = [];
  for (let start = 0; start < text.length; ) {
    const end = windowEnd(text, start);
    for (const result of chrono.parse(text.slice(start, end), referenceOf(reference))) {
      if (isUsable(result)) found.push({ index: start + result.index, result });
    }
    start = end;
  }
  return found;
}

const sameDay = (a: CalendarDate, b: CalendarDate) => a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * Dates chrono-node finds in `text`. With a reference date, relative phrases resolve against
 * it. Without one, each result is parsed against two distant probes: if the days differ, the
 * phrase was relative, and its dates are the first probe's, flagged `relative`.
 */
export function findDates(text: string, reference: CalendarDate | null): DateHit[] {
  const primary = parseWith(text, reference ?? PROBE_A);
  const probe = reference ? null : new Map(parseWith(text, PROBE_B).map((p) => [`${p.index}:${p.result.text}`, p.result]));
  return primary.map(({ index, result }) => {
    const { first, last } = span(result);
    const twin = probe?.get(`${index}:${result.text}`);
    const relative = probe !== null && (!twin || !sameDay(span(twin).last, last));
    const yearKnown = (result.end ?? result.start).isCertain("year");
    const start = result.start;
    const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day") && !start.isCertain("month");
    return { index, text: result.text, first, last, relative, yearKnown, weekdayOnly };
  });
}
