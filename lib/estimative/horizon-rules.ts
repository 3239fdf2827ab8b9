/**
 * Our own horizon patterns: the forms chrono-node does not read (or reads as a start date when
 * a horizon needs the last day it allows), such as "toward the end of 2021", "by mid-2022",
 * "within six months" or "until after the October 2021 parliamentary elections".
 */
import { addDays, addMonths, compareDates, endOfMonth, endOfYear, type CalendarDate } from "./dates";

/** `date`: the last day the horizon allows; `anchor`: the day that tells whether it is past. */
export interface Resolved {
  date: CalendarDate | null;
  anchor: CalendarDate | null;
}

export interface HorizonRule {
  pattern: RegExp;
  /** Words any match must contain: a sentence without them skips the (much slower) pattern. */
  hint: RegExp | null;
  /** null rejects the match (a lower-case month, a number that is not a year...). */
  resolve(groups: Record<string, string | undefined>, publishedAt: CalendarDate | null): Resolved | null;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
export const YEAR = String.raw`(?:19|20|21)\d{2}`;
export const PREPOSITION = String.raw`(?:until\s+after|till\s+after|up\s+(?:to|until)|until|till|before|prior\s+to|ahead\s+of|by|in|during|through(?:out)?|into|around|toward|towards|at|for|over|after|from|no\s+later\s+than|within)`;
const EVENT = String.raw`(?:elections?|polls?|vote|referendum|summit|talks|negotiations|deadline|meeting|conference|session|ceasefire|inauguration|withdrawal|handover|transition)`;
const NUMBER = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty|thirty-six)`;
const UNIT = String.raw`(?:hours?|days?|weeks?|months?|quarters?|years?)`;

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, eighteen: 18, "twenty-four": 24, thirty: 30, "thirty-six": 36,
};

type PrepositionClass = "before" | "after" | "by";

/** "before October" ends the day before October; "after October" sets no end at all. */
export function classifyPreposition(prep: string | undefined): PrepositionClass {
  const p = (prep ?? "").toLowerCase().replace(/\s+/g, " ");
  if (["until", "till", "before", "prior to", "ahead of", "up to", "up until"].includes(p)) return "before";
  if (p === "after" || p === "from") return "after";
  return "by";
}

/** Applies a preposition to a calendar unit (a month, a year, a day) running from `first` to `last`. */
export function applyPreposition(prep: string | undefined, first: CalendarDate, last: CalendarDate): Resolved {
  const kind = classifyPreposition(prep);
  if (kind === "after") return { date: null, anchor: last };
  const date = kind === "before" ? addDays(first, -1) : last;
  return { date, anchor: date };
}

export const atEnd = (date: CalendarDate | null): Resolved => ({ date, anchor: date });

/** For a phrase naming its own end ("the end of 2021", "mid-2022"): only "after" changes it. */
export const endUnlessAfter = (prep: string | undefined, date: CalendarDate | null): Resolved =>
  classifyPreposition(prep) === "after" ? { date: null, anchor: date } : atEnd(date);

/** Month number of a name, or null when it is written in lower case ("may", "march" the verbs). */
export function monthNumber(name: string | undefined): number | null {
  if (!name || name[0] !== name[0].toUpperCase()) return null;
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? null;
}

/**
 * A month named without a year means its next occurrence after publication: "before October"
 * in a report of August 2021 is October 2021; "before August" would be August 2022.
 */
export function nextOccurrence(month: number, publishedAt: CalendarDate, prep: string | undefined): number {
  const sameMonthCounts = classifyPreposition(prep) !== "before";
  if (month > publishedAt.month || (month === publishedAt.month && sameMonthCounts)) return publishedAt.year;
  return publishedAt.year + 1;
}

/** Year named directly, or "this"/"next"/"last" year relative to publication. */
function yearOf(year: string | undefined, relative: string | undefined, publishedAt: CalendarDate | null): number | null {
  if (year) return Number(year);
  if (!publishedAt) return null;
  const rel = (relative ?? "this").toLowerCase();
  return publishedAt.year + (rel === "next" ? 1 : rel === "last" ? -1 : 0);
}

function monthAndYear(
  g: Record<string, string | undefined>,
  publishedAt: CalendarDate | null,
): { month: number; year: number | null } | null {
  const month = monthNumber(g.month);
  if (month === null) return null;
  if (g.year) return { month, year: Number(g.year) };
  return { month, year: publishedAt ? nextOccurrence(month, publishedAt, g.prep) : null };
}

const PART_OF_YEAR_END: Record<string, [number, number]> = {
  early: [3, 31], mid: [6, 30], middle: [6, 30], first: [6, 30], late: [12, 31], second: [12, 31],
};
const PART_OF_MONTH_DAY: Record<string, number> = { early: 10, mid: 15 };

function spanFrom(publishedAt: CalendarDate, count: number, unit: string): CalendarDate {
  const u = unit.toLowerCase().replace(/s$/, "");
  // Forecast bulletins count in hours ("through 48 hours"); a horizon is a day.
  if (u === "hour") return addDays(publishedAt, Math.ceil(count / 24));
  if (u === "day") return addDays(publishedAt, count);
  if (u === "week") return addDays(publishedAt, 7 * count);
  if (u === "quarter") return addMonths(publishedAt, 3 * count);
  if (u === "year") return addMonths(publishedAt, 12 * count);
  return addMonths(publishedAt, count);
}

function countOf(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

export const rule = (source: string, resolve: HorizonRule["resolve"], hint: RegExp | null = null): HorizonRule => ({
  pattern: new RegExp(source, "gi"),
  hint,
  resolve,
});

const HAS_YEAR = new RegExp(YEAR);

/**
 * Tried in this order; an earlier rule's match wins over any later one it overlaps. Ranges
 * ("between X and Y") are joined in horizons.ts once both ends are found.
 */
export const HORIZON_RULES: readonly HorizonRule[] = [
  rule(
    String.raw`\b(?:(?<prep>${PREPOSITION})\s+)?(?:the\s+)?(?:very\s+)?end\s+of\s+(?:(?<year>${YEAR})|(?<rel>this|next|the|last)\s+year|(?<month>${MONTH})(?:\s+(?<myear>${YEAR}))?|(?<relm>this|next|the)\s+month)\b`,
    (g, pub) => {
      const date = endOfNamedPeriod(g, pub);
      // "before the end of 2021" still allows the end itself.
      return date === undefined ? null : endUnlessAfter(g.prep, date);
    },
    /\bend\s+of\b/i,
  ),
  rule(
    String.raw`\b(?:(?<prep>${PREPOSITION})\s+)?(?:(?:the\s+)?year[-\s]end|(?:the\s+)?year['’]s\s+end|end[-\s](?<year>${YEAR}))\b`,
    (g, pub) => {
      const year = yearOf(g.year, "this", pub);
      return atEnd(year === null ? null : endOfYear(year));
    },
    /end/i,
  ),
  rule(
    String.raw`\b(?:(?:for|during|over|through(?:out)?|in)\s+)?the\s+(?:remainder|rest|balance)\s+of\s+(?:(?<year>${YEAR})|(?:the|this)\s+year)\b`,
    (g, pub) => {
      const year = yearOf(g.year, "this", pub);
      return atEnd(year === null ? null : endOfYear(year));
    },
    /remainder|rest|balance/i,
  ),
  rule(
    String.raw`\b(?:(?<prep>${PREPOSITION})\s+)?(?:the\s+)?(?<part>early|mid|late|middle\s+of|(?:first|second)\s+half\s+of)[-\s]+(?:(?<year>${YEAR})|(?<rel>this|next|the)\s+year)\b`,
    (g, pub) => {
      const year = yearOf(g.year, g.rel, pub);
      const [month, day] = PART_OF_YEAR_END[(g.part ?? "").toLowerCase().split(/\s+/)[0]];
      return endUnlessAfter(g.prep, year === null ? null : { year, month, day });
    },
    /early|mid|late|middle|half/i,
  ),
  rule(
    String.raw`\b(?:(?<prep>${PREPOSITION})\s+)?(?<part>early|mid|late)[-\s]+(?<month>${MONTH})\b(?:\.?,?\s+(?<year>${YEAR})\b)?`,
    (g, pub) => {
      const my = monthAndYear(g, pub);
      if (!my) return null;
      if (my.year === null) return atEnd(null);
      const day = PART_OF_MONTH_DAY[(g.part ?? "").toLowerCase()];
      return endUnlessAfter(g.prep, day ? { year: my.year, month: my.month, day } : endOfMonth(my.year, my.month));
    },
    /early|mid|late/i,
  ),
  // A range of months in one year: "during June - August 2009" ends with its second month.
  rule(
    String.raw`\b(?:(?<prep>${PREPOSITION})\s+)?(?<from>${MONTH})\s*[-–—−]\s*(?<month>${MONTH})\.?,?\s+(?<year>${YEAR})\b`,
    (g, pub) => monthResolution(g, pub),
    HAS_YEAR,
  ),
  // A month and year; with an event after it ("the October 2021 parliamentary elections") the
  // event falls somewhere in that month, so its last day is the latest the horizon allows.
  rule(
    String.raw`\b(?:(?<prep>${PREPOSITION})\s+)?(?:the\s+)?(?<!\d(?:st|nd|rd|th)?\s+)(?<month>${MONTH})\.?,?\s+(?<year>${YEAR})\b(?<event>(?:\s+[A-Za-z-]+){0,2}?\s+${EVENT}\b)?`,
    (g, pub) => monthResolution(g, pub),
    HAS_YEAR,
  ),
  // A month with no year or day, only after a preposition: "before October", "by May".
  rule(
    String.raw`\b(?<prep>${PREPOSITION})\s+(?:the\s+)?(?<month>${MONTH})\b(?!\.?,?\s*\d)(?<event>(?:\s+[A-Za-z-]+){0,2}?\s+${EVENT}\b)?`,
    (g, pub) => monthResolution(g, pub),
  ),
  rule(
    // "in 3 to 5 days", "for the next 48 to 72 hours", "through 48 hours": a range ends at its larger number.
    String.raw`\b(?:(?<prep>within|in|over|during|for|across|through)\s+(?:the\s+)?(?:next|coming|following)|(?<!\btime\s)(?:within|in|through))\s+(?<num>${NUMBER})(?:\s*(?:-|–|to)\s*(?<num2>${NUMBER}))?\s+(?<unit>${UNIT})\b(?:['’]?\s+time)?`,
    (g, pub) => {
      const count = countOf(g.num2 ?? g.num ?? "");
      if (count === null) return null;
      return atEnd(pub ? spanFrom(pub, count, g.unit ?? "month") : null);
    },
  ),
  rule(
    String.raw`\b(?:within|in|over|during)\s+the\s+(?:next|coming|following)\s+(?<unit>year|quarter|month|week)\b`,
    (g, pub) => atEnd(pub ? spanFrom(pub, 1, g.unit ?? "year") : null),
  ),
  // "Later tonight", "later today", "this afternoon": the day of publication.
  rule(
    String.raw`\b(?:later\s+)?(?:today|tonight)\b|\b(?:later\s+)?this\s+(?:afternoon|evening)\b`,
    (_g, pub) => atEnd(pub),
    /today|tonight|afternoon|evening/i,
  ),
  // "By late this week", "early next week", "by the middle part of this week": part of a week,
  // listed but left undated.
  rule(
    String.raw`\b(?:(?:by|during|in|until|before)\s+)?(?:(?:early|late|later)\s+|(?:the\s+)?(?:middle|latter|early|end)(?:\s+(?:part|portion))?\s+of\s+)?(?:this|next)\s+week\b`,
    () => atEnd(null),
    /week/i,
  ),
  // "During the next couple of days", "during the next day or two", "in a couple days", "later in
  // the forecast period", "near the end of the forecast period", "very soon": forecast bulletins'
  // spans, listed but left undated.
  rule(
    String.raw`\b(?:(?:during|over|within|in|for)\s+)?(?:the\s+next|a)\s+(?:couple(?:\s+of)?\s+(?:days|weeks|months)|day\s+or\s+two|week\s+or\s+two)\b|\b(?:later\s+in|(?:near|by|toward|towards|at)\s+the\s+end\s+of)\s+the\s+(?:forecast\s+)?period\b|\bvery\s+soon\b`,
    () => atEnd(null),
    /couple|or\s+two|period|soon/i,
  ),
  // "Before Christmas", "by the new year": the next one on or after publication.
  rule(
    String.raw`\b(?<prep>${PREPOSITION})\s+(?:(?<xmas>Christmas(?:\s+Day)?)|(?<ny>(?:the\s+)?[Nn]ew\s+[Yy]ear(?:['’]s(?:\s+Day)?)?))\b`,
    (g, pub) => {
      if (!pub) return atEnd(null);
      const day = g.xmas ? { month: 12, day: 25 } : { month: 1, day: 1 };
      let year = pub.year;
      while (compareDates({ year, ...day }, pub) < 0) year++;
      const date = { year, ...day };
      return applyPreposition(g.prep, date, date);
    },
    /christmas|new\s+year/i,
  ),
  // "During the rainy season", "before the monsoon season": a season of its own, listed undated;
  // without a preposition ("the hurricane season was busy") it is a subject, not a horizon.
  rule(
    String.raw`\b(?:${PREPOSITION})\s+(?:the\s+)?(?:(?:end|rest|remainder|start)\s+of\s+the\s+)?(?:rainy|dry|wet|monsoon|hurricane|typhoon|cyclone|wildfire|fire|fighting|campaigning|campaign|harvest|planting|lean|holiday|tourist)\s+season(?:\s*,?\s+(?:of\s+)?(?<year>${YEAR}))?\b`,
    // Its year bounds it without dating it: a past year's season is no horizon.
    (g) => (g.year ? { date: null, anchor: endOfYear(Number(g.year)) } : atEnd(null)),
    /season/i,
  ),
  // "Within weeks", "within days": a span with no count, listed but left undated.
  rule(String.raw`\bwithin\s+(?:(?:a\s+)?few\s+)?(?:hours|days|weeks|months)\b`, () => atEnd(null), /within/i),
  // "In the coming months" names no end: listed so the analyst sees it, but left undated. So are
  // "in the long run", "for the decade to come", "for decades to come" and "the next few years".
  rule(
    String.raw`\b(?:(?:in|over|during|within|for)\s+)?the\s+(?:(?:coming|next|following)\s+(?:(?:few|several|many)\s+)?(?:days|weeks|months|years|decades)|(?:near|short|medium|long)(?:[-\s]+(?:term|run)|\s+future)|foreseeable\s+future|(?:years?|decades?)\s+to\s+come)\b|\b(?:for|in|over)\s+(?:the\s+)?(?:years|decades)\s+to\s+come\b|\b(?:in|over)\s+the\s+long\s+run\b`,
    () => atEnd(null),
  ),
  rule(
    String.raw`\b(?:(?<prep>${PREPOSITION})\s+)?(?:(?:later|earlier)\s+)?(?<rel>this|next)\s+(?<unit>year|month)\b`,
    (g, pub) => {
      if (!pub) return atEnd(null);
      const shift = g.rel?.toLowerCase() === "next" ? 1 : 0;
      if (g.unit?.toLowerCase() === "year") {
        return applyPreposition(g.prep, { year: pub.year + shift, month: 1, day: 1 }, endOfYear(pub.year + shift));
      }
      const month = addMonths({ year: pub.year, month: pub.month, day: 1 }, shift);
      return applyPreposition(g.prep, month, endOfMonth(month.year, month.month));
    },
  ),
  // "For 2026" and "of 2025" ("the review for 2026", "over the course of 2025") name the year
  // only when nothing follows it: "of the 2024 election cycle" and "for 2026 targets" name an
  // event or a thing, not a time.
  rule(
    String.raw`\b(?<prep>for|of)\s+(?<year>${YEAR})\b(?![-–/]\d)(?!\s+[A-Za-z])`,
    (g) => {
      const year = Number(g.year);
      return applyPreposition(g.prep, { year, month: 1, day: 1 }, endOfYear(year));
    },
    HAS_YEAR,
  ),
  // A bare year needs a preposition, and must not be a head count ("by 2000 fighters"); a verb
  // ending in s ("an election in 2027 is likely") is no plural.
  rule(
    String.raw`\b(?<prep>in|by|during|through(?:out)?|until|till|before|after|into|from|prior\s+to|ahead\s+of|no\s+later\s+than)\s+(?:the\s+(?:year\s+)?)?(?<year>${YEAR})\b(?![-–/]\d)(?!\s+(?:(?!(?:is|was|has|does|seems|remains|looks|appears)\b)[a-z]+s|people|men|personnel)\b)`,
    (g) => {
      const year = Number(g.year);
      return applyPreposition(g.prep, { year, month: 1, day: 1 }, endOfYear(year));
    },
    HAS_YEAR,
  ),
  // An event with no date ("before the elections", "ahead of the summit"): listed, undated. The
  // dated forms ("until after the October 2021 parliamentary elections") are claimed above.
  rule(
    String.raw`\b(?:before|until|till|ahead\s+of|prior\s+to|by|after)\s+the\s+(?:(?:next|coming|upcoming|forthcoming|planned|scheduled)\s+)?(?:[A-Za-z-]+\s+){0,2}?${EVENT}\b`,
    () => ({ date: null, anchor: null }),
    new RegExp(EVENT, "i"),
  ),
];

/** Last day of "2021", "next year", "October", "this month"...; undefined rejects the match. */
function endOfNamedPeriod(g: Record<string, string | undefined>, pub: CalendarDate | null): CalendarDate | null | undefined {
  if (g.year || g.rel) {
    const year = yearOf(g.year, g.rel, pub);
    return year === null ? null : endOfYear(year);
  }
  if (g.month) {
    // The end of a month counts even in the month of publication, whatever the preposition.
    const my = monthAndYear({ month: g.month, year: g.myear }, pub);
    if (!my) return undefined;
    return my.year === null ? null : endOfMonth(my.year, my.month);
  }
  if (!pub) return null;
  const month = addMonths({ year: pub.year, month: pub.month, day: 1 }, g.relm?.toLowerCase() === "next" ? 1 : 0);
  return endOfMonth(month.year, month.month);
}

function monthResolution(g: Record<string, string | undefined>, pub: CalendarDate | null): Resolved | null {
  const my = monthAndYear(g, pub);
  if (!my) return null;
  if (my.year === null) return atEnd(null);
  const first = { year: my.year, month: my.month, day: 1 };
  const last = endOfMonth(my.year, my.month);
  return g.event ? endUnlessAfter(g.prep, last) : applyPreposition(g.prep, first, last);
}
