/**
 * Time horizons in a sentence, each resolved to the last day it allows (SPEC §6) when the
 * publication date makes that possible. Own patterns first, chrono-node for the rest.
 */
import { findDates, RELATIVE_PROBE } from "./chrono-dates";
import { compareDates, formatIsoDate, type CalendarDate } from "./dates";
import { applyPreposition, HORIZON_RULES, PREPOSITION, type Resolved } from "./horizon-rules";

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

const overlaps = (a: { index: number; end: number }, b: { index: number; end: number }) =>
  a.index < b.end && b.index < a.end;

function ownCandidates(text: string, publishedAt: CalendarDate | null): Candidate[] {
  const taken: Candidate[] = [];
  for (const rule of HORIZON_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const place = { index: match.index, end: match.index + match[0].length };
      if (taken.some((other) => overlaps(other, place))) continue;
      const resolved = rule.resolve(match.groups ?? {}, publishedAt);
      if (resolved) taken.push({ ...place, ...resolved });
    }
  }
  return taken;
}

const PRECEDING_PREPOSITION = new RegExp(String.raw`\b(${PREPOSITION})\s+(?:the\s+)?$`, "i");
const PRECEDING_SINCE = /\bsince\s+(?:the\s+)?$/i;

function chronoCandidates(text: string, publishedAt: CalendarDate | null, taken: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const hit of findDates(text, publishedAt)) {
    const place = { index: hit.index, end: hit.index + hit.text.length };
    if (taken.some((other) => overlaps(other, place))) continue;
    const before = text.slice(Math.max(0, hit.index - 24), hit.index);
    // "since July" looks back; it bounds nothing ahead.
    if (PRECEDING_SINCE.test(before)) continue;
    const prep = PRECEDING_PREPOSITION.exec(before);
    const index = prep ? hit.index - prep[0].length : hit.index;
    if (hit.relative) {
      // Without a publication date a relative phrase stays undated; one pointing back
      // from any date ("two days ago") is no horizon at all.
      if (compareDates(hit.last, RELATIVE_PROBE) < 0) continue;
      found.push({ index, end: place.end, date: null, anchor: null });
      continue;
    }
    found.push({ index, end: place.end, ...applyPreposition(prep?.[1], hit.first, hit.last) });
  }
  return found;
}

const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
const FROM_START = /^from\b/i;
const RANGE_GAP = /^\s*(?:[\w'’-]+\s+){0,3}?(?:and|to|until|till|through)\s+(?:the\s+)?$/i;

/**
 * "between the October 10 elections and December 31" is one horizon ending on its second date;
 * so is "from October 2021 to March 2022".
 */
function mergeRanges(text: string, sorted: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    const second = sorted[i + 1];
    const lead = BETWEEN_BEFORE.exec(text.slice(Math.max(0, first.index - 16), first.index));
    const opensRange = lead !== null || FROM_START.test(text.slice(first.index, first.end));
    if (second && opensRange && RANGE_GAP.test(text.slice(first.end, second.index))) {
      merged.push({ ...second, index: lead ? first.index - lead[0].length : first.index });
      i++;
    } else {
      merged.push(first);
    }
  }
  return merged;
}

/** Horizons in `text` in reading order. Dates before publication are past events, not horizons. */
export function findHorizons(text: string, publishedAt: CalendarDate | null): HorizonMatch[] {
  const own = ownCandidates(text, publishedAt);
  const all = [...own, ...chronoCandidates(text, publishedAt, own)].sort((a, b) => a.index - b.index);
  return mergeRanges(text, all)
    .filter((c) => !(publishedAt && c.anchor && compareDates(c.anchor, publishedAt) < 0))
    .map((c) => ({
      index: c.index,
      text: text.slice(c.index, c.end),
      date: c.date ? formatIsoDate(c.date) : null,
    }));
}
