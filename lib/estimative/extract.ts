/**
 * Key-judgment extraction (SPEC §3): the sentences of a report that carry estimative or vague
 * language, with the words found, the implied probability and the time horizons, in the shape
 * of `POST /api/v1/reports/extract` (SPEC §6) plus offsets for highlighting.
 *
 * A sentence holding two judgments ("..., but they may expand attacks") yields one judgment per
 * clause (clauses.ts); `sentence` is then the clause, `fullSentence` the whole sentence.
 */
import { judgmentClauses, type Clause } from "./clauses";
import { parseIsoDate, type CalendarDate } from "./dates";
import { findHorizons, type Horizon, type HorizonMatch } from "./horizons";
import { offsetsInInput, splitSentences, type Sentence } from "./sentences";
import { findStatedProbabilities } from "./stated-numbers";
import { findEstimativeTerms } from "./terms";
import { findVagueTerms } from "./vague";

export interface TermSpan {
  term: string;
  kind: "estimative" | "comparative" | "vague";
  /** Offsets in `sentence`. */
  start: number;
  end: number;
}

export interface ProbabilityRange {
  low: number;
  high: number;
}

export interface Judgment {
  /** The sentence, or the clause of it that holds this judgment. */
  sentence: string;
  /** The whole sentence the judgment was found in; equal to `sentence` unless it was split. */
  fullSentence: string;
  /** Every estimative, comparative and vague term and stated number, lower-cased, once each, in reading order. */
  terms: string[];
  /**
   * The deciding term's probability: a stated number ("70% likely" is 70; a range its
   * midpoint), else the ICD 203 midpoint of the estimative word; null when there is neither.
   */
  probability: number | null;
  /** The stated range ("30-40%") the probability is the midpoint of; null otherwise. */
  range: ProbabilityRange | null;
  /** True when the probability is a number the author wrote rather than a word's midpoint. */
  stated: boolean;
  /** Vague words and no estimative term or stated number. */
  vague: boolean;
  horizons: Horizon[];
  /** Offsets of the sentence (or clause) in the input. */
  start: number;
  end: number;
  /** Comparatives ("more likely to"), which state no probability of their own. */
  comparative: string[];
  termSpans: TermSpan[];
}

/** A term found, with the probability an estimative one states. */
interface Found extends TermSpan {
  probability: number | null;
  range: ProbabilityRange | null;
  /** A number the author wrote, which wins over words. */
  stated: boolean;
}

function termsOf(sentence: string): Found[] {
  const estimative = findEstimativeTerms(sentence).map(
    (m): Found => ({ term: m.term, kind: m.kind, start: m.index, end: m.index + m.length, probability: m.probability, range: null, stated: false }),
  );
  const numbers = findStatedProbabilities(sentence).map(
    (n): Found => ({ term: n.term, kind: "estimative", start: n.index, end: n.index + n.length, probability: n.value, range: n.range, stated: true }),
  );
  const vague = findVagueTerms(sentence).map(
    (v): Found => ({ term: v.term, kind: "vague", start: v.index, end: v.index + v.length, probability: null, range: null, stated: false }),
  );
  // Where two readings overlap the longer wins: "not unlikely" is vague litotes, not "unlikely",
  // and "70% likely" a stated number, not "likely". One sweep in reading order, so a sentence
  // with thousands of terms stays linear.
  const all = [...estimative, ...numbers, ...vague].sort((a, b) => a.start - b.start || length(b) - length(a));
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
 * The deciding term: among the estimative terms of the main clause (or, when every term sits in
 * a subordinate clause, among all of them), the first stated number, else the first word. "Iran
 * will likely attack, though a strike remains unlikely" is therefore 67.5, and "this is very
 * likely (90%)" 90.
 */
function decidingTerm(sentence: string, estimative: Found[]): Found | null {
  const main = estimative.filter((term) => !inSubordinateClause(sentence, term.start));
  const pool = main.length > 0 ? main : estimative;
  return pool.find((term) => term.stated) ?? pool[0] ?? null;
}

const unique = (values: string[]) => [...new Set(values)];
const judges = (term: Found) => term.kind !== "comparative";

/** One judgment from the part `clause` of `sentence`; terms and horizons keep sentence offsets until here. */
function judgmentOf(sentence: Sentence, clause: Clause, found: Found[], horizons: HorizonMatch[], start: number, end: number): Judgment {
  const inClause = (index: number, to: number) => index >= clause.start && to <= clause.end;
  const terms = found.filter((t) => inClause(t.start, t.end));
  const estimative = terms.filter((term) => term.kind === "estimative");
  const deciding = decidingTerm(sentence.text, estimative);
  return {
    sentence: sentence.text.slice(clause.start, clause.end),
    fullSentence: sentence.text,
    terms: unique(terms.map((term) => term.term)),
    probability: deciding?.probability ?? null,
    range: deciding?.range ?? null,
    stated: deciding?.stated ?? false,
    vague: estimative.length === 0 && terms.some((term) => term.kind === "vague"),
    horizons: horizons.filter((h) => inClause(h.index, h.index + h.text.length)).map(({ text, date }) => ({ text, date })),
    start,
    end,
    comparative: unique(terms.filter((term) => term.kind === "comparative").map((term) => term.term)),
    termSpans: terms.map(({ term, kind, start: from, end: to }) => ({ term, kind, start: from - clause.start, end: to - clause.start })),
  };
}

function judgmentsOf(input: string, sentence: Sentence, publishedAt: CalendarDate | null): Judgment[] {
  const found = termsOf(sentence.text);
  if (found.length === 0) return [];
  const horizons = findHorizons(sentence.text, publishedAt);
  const clauses = judgmentClauses(sentence.text, found.map((t) => ({ start: t.start, end: t.end, judges: judges(t) })));
  if (clauses.length === 1) return [judgmentOf(sentence, clauses[0], found, horizons, sentence.start, sentence.end)];
  const offsets = offsetsInInput(input, sentence);
  return clauses.map((clause) => judgmentOf(sentence, clause, found, horizons, offsets[clause.start], offsets[clause.end - 1] + 1));
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
  return splitSentences(text).flatMap((sentence) => judgmentsOf(text, sentence, published));
}
