/**
 * Time horizons in a sentence, each resolved to the last day it allows (SPEC §6) when the
 * publication date makes that possible. Own patterns first, chrono-node for the rest.
 */
import { findDates, type DateHit } from "./chrono-dates";
import { addDays, addMonths, compareDates, formatIsoDate, type CalendarDate } from "./dates";
import { applyPreposition, HORIZON_RULES, PREPOSITION, type Resolved } from "./horizon-rules";
import { PERIOD_RULES } from "./period-rules";

export interface Horizon {
  text: string;
  date: string | null;
}

export interface HorizonMatch extends Horizon {
  /** Offset of `text` in the searched sentence. */
  index: number;
}

interface Candidate extends Resolved {
  index: number;
  end: number;
}

/** Characters already claimed by a horizon: an overlap test linear in the match, not in the matches. */
class Claimed {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }
  isFree(index: number, end: number): boolean {
    return this.taken.subarray(index, end).every((c) => c === 0);
  }
  claim(index: number, end: number): void {
    this.taken.fill(1, index, end);
  }
}

// Seasons, quarters and halves first: "by the end of the third quarter" is one horizon.
const OWN_RULES = [...PERIOD_RULES, ...HORIZON_RULES];

function ownCandidates(text: string, publishedAt: CalendarDate | null, claimed: Claimed): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of OWN_RULES) {
    if (rule.hint && !rule.hint.test(text)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const end = match.index + match[0].length;
      if (!claimed.isFree(match.index, end)) continue;
      const resolved = rule.resolve(match.groups ?? {}, publishedAt);
      if (!resolved) continue;
      claimed.claim(match.index, end);
      found.push({ index: match.index, end, ...resolved });
    }
  }
  return found;
}

const PRECEDING_PREPOSITION = new RegExp(String.raw`\b(${PREPOSITION})\s+(?:the\s+)?$`, "i");
// "since July" and "two days ago" look back; "now" is no horizon; "the first time in two
// years" measures the past.
const LOOKS_BACK_BEFORE = /\b(?:since|time)\s+(?:the\s+)?$/i;
const NOT_A_HORIZON = /^(?:now|today|tonight|right now|currently)$|\b(?:ago|last|yesterday|previous|past)\b/i;

const LOOKS_AHEAD = /^(?:by|before|until|till|through(?:out)?|prior\s+to|ahead\s+of|no\s+later\s+than|up\s+(?:to|until))$/i;

/**
 * chrono picks the year nearest the reference for "October 10"; after "by", "before" or
 * "until" the author means the next one, so move it to on or after publication. "On July 27"
 * keeps chrono's year: in a report it is usually something that already happened.
 */
function forwardYear(hit: DateHit, prep: string | undefined, publishedAt: CalendarDate): DateHit {
  if (hit.yearKnown || !prep || !LOOKS_AHEAD.test(prep)) return hit;
  // A weekday alone ("by Tuesday night") is the next one, a week on, not a year on.
  const step = (date: CalendarDate) => (hit.weekdayOnly ? addDays(date, 7) : addMonths(date, 12));
  let { first, last } = hit;
  while (compareDates(last, publishedAt) < 0) {
    first = step(first);
    last = step(last);
  }
  return { ...hit, first, last };
}

function chronoCandidate(text: string, hit: DateHit, publishedAt: CalendarDate | null): Candidate | null {
  const before = text.slice(Math.max(0, hit.index - 24), hit.index);
  if (LOOKS_BACK_BEFORE.test(before) || NOT_A_HORIZON.test(hit.text)) return null;
  const prep = PRECEDING_PREPOSITION.exec(before);
  const index = prep ? hit.index - prep[0].length : hit.index;
  const end = hit.index + hit.text.length;
  // Without a publication date a relative phrase ("Friday", "October 10") stays undated.
  if (hit.relative) return { index, end, date: null, anchor: null };
  const resolved = publishedAt ? forwardYear(hit, prep?.[1], publishedAt) : hit;
  return { index, end, ...applyPreposition(prep?.[1], resolved.first, resolved.last) };
}

function chronoCandidates(text: string, publishedAt: CalendarDate | null, claimed: Claimed): Candidate[] {
  const found: Candidate[] = [];
  for (const hit of findDates(text, publishedAt)) {
    if (!claimed.isFree(hit.index, hit.index + hit.text.length)) continue;
    const candidate = chronoCandidate(text, hit, publishedAt);
    if (candidate) found.push(candidate);
  }
  return found;
}

const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
const FROM_START = /^from\b/i;
const OR_GAP = /^\s*,?\s+or\s+$/i;
const RANGE_GAP = /^\s*(?:[\w'’-]+\s+){0,3}?(?:and|to|until|till|through)\s+(?:the\s+)?$/i;

/**
 * "between the October 10 elections and December 31" is one horizon ending on its second date;
 * so is "from October 2021 to March 2022", and so is a choice of two ("by Tuesday night or
 * Wednesday morning", "on Sunday or early next week"): the judgment holds until the later one.
 */
/** Of two horizons offered as a choice, the one that ends later; undated if either is. */
function laterOf(a: Candidate, b: Candidate): Candidate {
  if (a.date === null) return a;
  if (b.date === null) return b;
  return compareDates(a.date, b.date) >= 0 ? a : b;
}

function mergeRanges(text: string, sorted: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    const second = sorted[i + 1];
    const lead = BETWEEN_BEFORE.exec(text.slice(Math.max(0, first.index - 16), first.index));
    const opensRange = lead !== null || FROM_START.test(text.slice(first.index, first.end));
    const gap = second ? text.slice(first.end, second.index) : "";
    if (second && OR_GAP.test(gap)) {
      merged.push({ ...laterOf(first, second), index: first.index, end: second.end });
      i++;
    } else if (second && opensRange && RANGE_GAP.test(gap)) {
      merged.push({ ...second, index: lead ? first.index - lead[0].length : first.index });
      i++;
    } else {
      merged.push(first);
    }
  }
  return merged;
}

// A clause told in the past ("the militias were not ordered to escalate in March") places a
// date without a year in the past, whatever month it names. Passive forms ("is forecasted by late
// summer") and words that plan ahead ("scheduled") do not count, nor does a clause with a future
// or modal verb.
// "Speed", "need" and "hundred" end in -ed but tell no past.
const PAST_VERB = /\b(?:was|were|had|did|(?<!\b(?:is|are|be|been|being|gets?)\s+)(?!(?:scheduled|expected|planned|intended|supposed|designed|slated|forecasted|predicted|projected)\b)(?!(?:speed|need|seed|feed|weed|greed|breed|creed|deed|heed|bleed|indeed|proceed|succeed|exceed|hundred|kindred|sacred|naked|wicked|rugged|beloved)\b)[a-z]{3,}ed)\b/i;
// An estimative word looks ahead too: "sustained transmission is very unlikely in the next 12
// months" is no past, though "sustained" ends in -ed.
const FUTURE_OR_MODAL = /\b(?:will|would|shall|may|might|could|can|should|must|going\s+to|likely|unlikely|probably|improbable|possible|possibly|possibility|certain|chances?|expects?|anticipates?|plans?|intends?)\b/i;
const HAS_YEAR_DIGITS = /\b(?:19|20|21)\d{2}\b/;

function toldInThePast(text: string, candidate: Candidate): boolean {
  if (HAS_YEAR_DIGITS.test(text.slice(candidate.index, candidate.end))) return false;
  let start = candidate.index;
  while (start > 0 && !",;:—–(".includes(text[start - 1])) start--;
  const clause = text.slice(start, candidate.index);
  return PAST_VERB.test(clause) && !FUTURE_OR_MODAL.test(clause);
}

/**
 * Horizons in `text` in reading order. Dates before publication are past events, not horizons,
 * and so is a date without a year in a clause told in the past.
 */
export function findHorizons(text: string, publishedAt: CalendarDate | null): HorizonMatch[] {
  const claimed = new Claimed(text.length);
  const own = ownCandidates(text, publishedAt, claimed);
  const all = [...own, ...chronoCandidates(text, publishedAt, claimed)].sort((a, b) => a.index - b.index);
  return mergeRanges(text, all)
    .filter((c) => !(publishedAt && c.anchor && compareDates(c.anchor, publishedAt) < 0))
    .filter((c) => !(c.date !== null && toldInThePast(text, c)))
    .map((c) => ({
      index: c.index,
      // A date reader may take the comma after a date ("by Friday, the storm…"): the comma ends
      // a clause, and a horizon must sit inside the clause it dates (clauses.ts).
      text: text.slice(c.index, c.end).replace(/[\s,;:]+$/, ""),
      date: c.date ? formatIsoDate(c.date) : null,
    }));
}
