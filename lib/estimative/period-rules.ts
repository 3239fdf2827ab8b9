/**
 * Horizons named by a season, a quarter or a half-year: "by summer 2022", "Q3 2022", "the third
 * quarter of 2022", "in the third quarter", "H1 2023", "by late summer". Each resolves to the last
 * day the horizon allows.
 *
 * Seasons are the northern meteorological ones: spring March–May, summer June–August, autumn (or
 * fall) September–November, winter December to February of the next year ("winter 2022" ends on
 * 28 February 2023). A period named without a year is its next occurrence after publication, as a
 * month is: "by the third quarter" in a report of August 2021 is 30 September 2021, "before the
 * third quarter" 30 June 2022. "This summer" is the summer of the publication year, which may
 * already be past; "next summer" the first summer starting after publication.
 */
import { addDays, addMonths, compareDates, endOfMonth, type CalendarDate } from "./dates";
import {
  applyPreposition,
  atEnd,
  classifyPreposition,
  endUnlessAfter,
  PREPOSITION,
  rule,
  YEAR,
  type HorizonRule,
  type Resolved,
} from "./horizon-rules";

/** A stretch of the calendar that recurs every year, starting in `startMonth` of its year. */
interface Period {
  startMonth: number;
  months: number;
}

const SEASONS: Record<string, Period> = {
  spring: { startMonth: 3, months: 3 },
  summer: { startMonth: 6, months: 3 },
  autumn: { startMonth: 9, months: 3 },
  fall: { startMonth: 9, months: 3 },
  winter: { startMonth: 12, months: 3 },
};
const ORDINALS: Record<string, number> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4,
};
const quarter = (n: number): Period => ({ startMonth: 3 * n - 2, months: 3 });
const half = (n: number): Period => ({ startMonth: 6 * n - 5, months: 6 });

function firstDay(period: Period, year: number): CalendarDate {
  return { year, month: period.startMonth, day: 1 };
}

/** Last day of the `nth` month of the period (1-based); the period's last day by default. */
function lastDay(period: Period, year: number, nth = period.months): CalendarDate {
  const month = addMonths(firstDay(period, year), nth - 1);
  return endOfMonth(month.year, month.month);
}

/** The first occurrence still open on the publication day ("by"), or not yet begun ("before"). */
function nextYearOf(period: Period, publishedAt: CalendarDate, prep: string | undefined): number {
  const notBegun = classifyPreposition(prep) === "before";
  for (let year = publishedAt.year - 1; ; year++) {
    const reference = notBegun ? addDays(firstDay(period, year), -1) : lastDay(period, year);
    if (compareDates(reference, publishedAt) >= 0) return year;
  }
}

/** "This winter" in January is the winter that began in December; otherwise the publication year's. */
function thisYearOf(period: Period, publishedAt: CalendarDate): number {
  const previous = publishedAt.year - 1;
  const running = compareDates(firstDay(period, previous), publishedAt) <= 0 && compareDates(lastDay(period, previous), publishedAt) >= 0;
  return running ? previous : publishedAt.year;
}

function nextNamedYearOf(period: Period, publishedAt: CalendarDate): number {
  let year = publishedAt.year - 1;
  while (compareDates(firstDay(period, year), publishedAt) <= 0) year++;
  return year;
}

type Groups = Record<string, string | undefined>;

/** The year the period is labelled with, or null when only a publication date could tell. */
function yearFor(period: Period, g: Groups, publishedAt: CalendarDate | null): number | null | undefined {
  if (g.year) return Number(g.year);
  if (g.yy) return 2000 + Number(g.yy);
  // "For the rest of the winter": the season running or next, whatever the preposition.
  const rel = /^(?:rest|remainder)$/i.test(g.end ?? "") ? "this" : g.rel?.toLowerCase();
  // Without a year a season or "Q3" needs a preposition: "summer" alone is no horizon, and
  // "for" or "at" the summer is seldom one. "The third quarter" names itself.
  if (!rel && !g.ord && (!g.prep || /^(?:for|at)$/i.test(g.prep))) return undefined;
  if (!publishedAt) return null;
  if (rel === "this") return thisYearOf(period, publishedAt);
  if (rel === "next") return nextNamedYearOf(period, publishedAt);
  return nextYearOf(period, publishedAt, g.prep);
}

const PART_MONTH: Record<string, (months: number) => number> = {
  early: () => 1,
  mid: (months) => Math.ceil(months / 2),
  late: (months) => months,
};

function resolvePeriod(period: Period, g: Groups, publishedAt: CalendarDate | null): Resolved | null {
  const year = yearFor(period, g, publishedAt);
  if (year === undefined) return null;
  if (year === null) return atEnd(null);
  if (g.end) return endUnlessAfter(g.prep, lastDay(period, year));
  const part = g.part?.toLowerCase();
  if (part) return endUnlessAfter(g.prep, lastDay(period, year, PART_MONTH[part](period.months)));
  return applyPreposition(g.prep, firstDay(period, year), lastDay(period, year));
}

const LEAD = String.raw`\b(?:(?<prep>${PREPOSITION})\s+)?(?:the\s+)?(?:(?<end>end|close|rest|remainder)\s+of\s+(?:the\s+)?)?`;
// "the fall of Kabul", "the spring of discontent": a season followed by "of" needs a year.
const NOT_OF_SOMETHING = String.raw`(?!\s+of\b)`;

export const PERIOD_RULES: readonly HorizonRule[] = [
  // "A spring offensive", "their summer campaign": a season named as an event's time is its next
  // occurrence, as "in spring" would be.
  rule(
    String.raw`(?<=\b(?:a|an|the|its|their|this|next)\s+)(?<season>summer|autumn|fall|winter|spring)\s+(?:offensive|counter-?offensive|campaign|push|assault|session|sitting|recess|elections?|deadline)\b`,
    (g, pub) => resolvePeriod(SEASONS[(g.season ?? "").toLowerCase()], { ...g, prep: "in" }, pub),
    /summer|autumn|fall|winter|spring/i,
  ),
  rule(
    String.raw`${LEAD}(?:(?<rel>this|next|coming)\s+)?(?:(?<part>early|mid|late)[-\s]+)?(?:(?:Northern|Southern|northern|southern)\s+[Hh]emisphere\s+)?(?<season>summer|autumn|fall|winter|spring)(?:\s*,?\s+(?:of\s+)?(?<year>${YEAR})(?:\s*[-/–]\s*(?:\d{2}|${YEAR})\b)?)?\b${NOT_OF_SOMETHING}`,
    (g, pub) => resolvePeriod(SEASONS[(g.season ?? "").toLowerCase()], g, pub),
    /summer|autumn|fall|winter|spring/i,
  ),
  rule(
    String.raw`${LEAD}(?:Q(?<q>[1-4])|(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter)(?:\s*,?\s+(?:of\s+)?(?:(?<year>${YEAR})|(?<relYear>this|next)\s+year))?\b${NOT_OF_SOMETHING}`,
    (g, pub) => {
      const n = g.q ? Number(g.q) : ORDINALS[(g.ord ?? "").toLowerCase()];
      // "Last quarter" with no year is the one just gone, not a horizon.
      if (g.ord?.toLowerCase() === "last" && !g.year && !g.relYear) return null;
      if (!g.relYear) return resolvePeriod(quarter(n), g, pub);
      // "The third quarter of next year": the year is relative, the quarter fixed within it.
      if (!pub) return atEnd(null);
      const year = pub.year + (g.relYear.toLowerCase() === "next" ? 1 : 0);
      return resolvePeriod(quarter(n), { ...g, year: String(year) }, pub);
    },
    /quarter|q[1-4]/i,
  ),
  rule(
    String.raw`${LEAD}(?:H(?<h>[12])\s+(?<year>${YEAR})|(?<hh>[12])H(?<yy>\d{2}))\b`,
    (g, pub) => resolvePeriod(half(Number(g.h ?? g.hh)), g, pub),
    /h[12]|[12]h/i,
  ),
];
