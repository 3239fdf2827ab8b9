/**
 * Key-judgment extraction (SPEC §3): the sentences of a report that carry estimative or vague
 * language, with the words found, the implied probability and the time horizons, in the shape
 * of `POST /api/v1/reports/extract` (SPEC §6) plus offsets for highlighting.
 */
import { parseIsoDate, type CalendarDate } from "./dates";
import { findHorizons, type Horizon } from "./horizons";
import { ICD203_BANDS } from "./scales";
import { splitSentences, type Sentence } from "./sentences";
import { findEstimativeTerms } from "./terms";
import { findVagueTerms } from "./vague";

export interface TermSpan {
  term: string;
  kind: "estimative" | "comparative" | "vague";
  /** Offsets in `sentence`. */
  start: number;
  end: number;
}

export interface Judgment {
  sentence: string;
  /** Every estimative, comparative and vague term, lower-cased, once each, in reading order. */
  terms: string[];
  /** ICD 203 midpoint of the sentence's deciding estimative term; null when it has none. */
  probability: number | null;
  /** Vague words and no estimative term. */
  vague: boolean;
  horizons: Horizon[];
  /** Offsets of the sentence in the input. */
  start: number;
  end: number;
  /** Comparatives ("more likely to"), which state no probability of their own. */
  comparative: string[];
  termSpans: TermSpan[];
}

/** A term found, with the ICD 203 band of an estimative one. */
interface Found extends TermSpan {
  bandIndex: number | null;
}

function termsOf(sentence: string): Found[] {
  const estimative = findEstimativeTerms(sentence).map(
    (m): Found => ({ term: m.term, kind: m.kind, start: m.index, end: m.index + m.length, bandIndex: m.bandIndex }),
  );
  const vague = findVagueTerms(sentence).map(
    (v): Found => ({ term: v.term, kind: "vague", start: v.index, end: v.index + v.length, bandIndex: null }),
  );
  // Where two readings overlap the longer wins: "not unlikely" is vague litotes, not "unlikely".
  // One sweep in reading order, so a sentence with thousands of terms stays linear.
  const all = [...estimative, ...vague].sort((a, b) => a.start - b.start || length(b) - length(a));
  const kept: Found[] = [];
  for (const term of all) {
    const last = kept[kept.length - 1];
    if (last === undefined || term.start >= last.end) kept.push(term);
    else if (length(term) > length(last)) kept[kept.length - 1] = term;
  }
  return kept;
}

const length = (term: TermSpan) => term.end - term.start;

const SUBORDINATOR = /\b(?:if|unless|whether|although|though|because|even\s+if)\b/i;
const CLAUSE_BREAKS = ",;:—–(";
// A subordinator further back than this no longer governs the term; the bound keeps a long
// sentence with many terms from being rescanned from its start for each one.
const CLAUSE_LOOKBACK = 200;

/** The text from the last clause break (or the lookback bound) up to `index`. */
function clauseBefore(sentence: string, index: number): string {
  const bound = Math.max(0, index - CLAUSE_LOOKBACK);
  let start = index;
  while (start > bound && !CLAUSE_BREAKS.includes(sentence[start - 1])) start--;
  return sentence.slice(start, index);
}

/**
 * A term inside a conditional or concessive clause ("if talks are unlikely to succeed, ...")
 * qualifies the condition, not the judgment.
 */
function inSubordinateClause(sentence: string, index: number): boolean {
  return SUBORDINATOR.test(clauseBefore(sentence, index));
}

/**
 * The deciding term is the first estimative term of the main clause in reading order; when
 * every term sits in a subordinate clause, simply the first. "Iran will likely attack, though a
 * strike remains unlikely" is therefore 67.5.
 */
function decidingBand(sentence: string, estimative: Found[]): number | null {
  if (estimative.length === 0) return null;
  const main = estimative.find((term) => !inSubordinateClause(sentence, term.start));
  return (main ?? estimative[0]).bandIndex;
}

const unique = (values: string[]) => [...new Set(values)];

function judgmentOf(sentence: Sentence, publishedAt: CalendarDate | null): Judgment | null {
  const found = termsOf(sentence.text);
  if (found.length === 0) return null;
  const estimative = found.filter((term) => term.kind === "estimative");
  const band = decidingBand(sentence.text, estimative);
  return {
    sentence: sentence.text,
    terms: unique(found.map((term) => term.term)),
    probability: band === null ? null : ICD203_BANDS[band].midpoint,
    vague: estimative.length === 0 && found.some((term) => term.kind === "vague"),
    horizons: findHorizons(sentence.text, publishedAt).map(({ text, date }) => ({ text, date })),
    start: sentence.start,
    end: sentence.end,
    comparative: unique(found.filter((term) => term.kind === "comparative").map((term) => term.term)),
    termSpans: found.map(({ term, kind, start, end }) => ({ term, kind, start, end })),
  };
}

/**
 * Lists the sentences of `text` that carry estimative or vague language, in reading order.
 * `publishedAt` (YYYY-MM-DD) lets relative horizons ("before October", "next year") resolve.
 */
export function extractJudgments(text: string, publishedAt?: string): Judgment[] {
  const published = publishedAt === undefined ? null : parseIsoDate(publishedAt);
  if (publishedAt !== undefined && published === null) {
    throw new RangeError(`publishedAt must be a YYYY-MM-DD date, got ${JSON.stringify(publishedAt)}`);
  }
  const judgments: Judgment[] = [];
  for (const sentence of splitSentences(text)) {
    const judgment = judgmentOf(sentence, published);
    if (judgment) judgments.push(judgment);
  }
  return judgments;
}
