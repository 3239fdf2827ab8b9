/**
 * Key-judgment extraction (SPEC §3): the sentences of a report that carry estimative or vague
 * language, with the words found, the implied probability and the time horizons, in the shape
 * of `POST /api/v1/reports/extract` (SPEC §6) plus offsets for highlighting.
 *
 * A sentence holding two judgments ("..., but they may expand attacks") yields one judgment per
 * clause (clauses.ts); `sentence` is then the clause, `fullSentence` the whole sentence.
 *
 * Three groups (`group`):
 * - "estimate": a likelihood word of either scale, a stated number, a vague word or a comparative;
 * - "needs-number": a judgment carried by a verb or a confidence statement alone ("We judge the
 *   militias were not ordered to escalate"): the author judged but gave no likelihood;
 * - "unhedged": a forecast stated as certain ("The regime will collapse"), listed apart and off
 *   the main count so the analyst can choose to put a number on it.
 */
import { judgmentClauses, type Clause } from "./clauses";
import { parseIsoDate, type CalendarDate } from "./dates";
import { findHorizons, type Horizon, type HorizonMatch } from "./horizons";
import { findJudgingVerbs } from "./judging-verbs";
import { bandsOf, type ScaleId } from "./scales";
import { offsetsInInput, splitSentences, type Sentence } from "./sentences";
import { findStatedProbabilities } from "./stated-numbers";
import { findEstimativeTerms } from "./terms";
import { findUnhedgedForecasts } from "./unhedged";
import { findVagueTerms } from "./vague";

export type JudgmentGroup = "estimate" | "needs-number" | "unhedged";

export interface TermSpan {
  term: string;
  /** "judging": a verb or confidence statement ("we assess with moderate confidence"); "unhedged": a bare future ("will collapse"). */
  kind: "estimative" | "comparative" | "vague" | "judging" | "unhedged";
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
  /** Which list the judgment belongs to (see above). */
  group: JudgmentGroup;
  /**
   * The deciding term's probability: a stated number ("70% likely" is 70; a range its
   * midpoint), else the midpoint of the estimative word's band, on the installation's scale when
   * the word is on it, else on the scale the word comes from; null when there is neither.
   */
  probability: number | null;
  /**
   * The stated range ("30-40%") the probability is the midpoint of; for a word from the other
   * scale, that word's band there (PHIA's "realistic possibility" is 40 to under 50); else null.
   */
  range: ProbabilityRange | null;
  /** The scale the deciding word comes from when it is not the installation's; null otherwise. */
  wordScale: ScaleId | null;
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
  /** For a number the author wrote: its value. For a word: see `bands`. */
  probability: number | null;
  range: ProbabilityRange | null;
  /** A number the author wrote, which wins over words. */
  stated: boolean;
  /** For an estimative word: its band index on each scale that has the word. */
  bands: Partial<Record<ScaleId, number>>;
}

const plain = (kind: TermSpan["kind"]) => (m: { term: string; index: number; length: number }): Found => ({
  term: m.term,
  kind,
  start: m.index,
  end: m.index + m.length,
  probability: null,
  range: null,
  stated: false,
  bands: {},
});

function termsOf(sentence: string): Found[] {
  const estimative = findEstimativeTerms(sentence).map(
    (m): Found => ({ term: m.term, kind: m.kind, start: m.index, end: m.index + m.length, probability: m.probability, range: null, stated: false, bands: m.bands }),
  );
  const numbers = findStatedProbabilities(sentence).map(
    (n): Found => ({ term: n.term, kind: "estimative", start: n.index, end: n.index + n.length, probability: n.value, range: n.range, stated: true, bands: {} }),
  );
  const vague = findVagueTerms(sentence).map(plain("vague"));
  const judging = findJudgingVerbs(sentence).map(plain("judging"));
  // A bare "will" is looked for only where nothing else judges: "will probably not" is
  // "probably not", and the sentence is an estimate.
  const hedged = estimative.length + numbers.length + vague.length + judging.length > 0;
  const unhedged = hedged ? [] : findUnhedgedForecasts(sentence).map(plain("unhedged"));
  // Where two readings overlap the longer wins: "not unlikely" is vague litotes, not "unlikely",
  // and "70% likely" a stated number, not "likely". One sweep in reading order, so a sentence
  // with thousands of terms stays linear.
  const all = [...estimative, ...numbers, ...vague, ...judging, ...unhedged].sort((a, b) => a.start - b.start || length(b) - length(a));
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
// Words that state a judgment of their own, for cutting a sentence in two (clauses.ts). A bare
// "will" does not: "X will probably fall, but the regime will survive" stays one judgment.
const judges = (term: Found) => term.kind !== "comparative" && term.kind !== "unhedged";

// For cutting at "and" (clauses.ts): a judging verb, a vague word and each probability are
// different kinds of judgment.
// A number the author wrote is marked apart ("stated:75"), so that two stated chances in one
// sentence can be told apart from a word and its bracketed number.
const kindOf = (term: Found) => (term.kind !== "estimative" ? term.kind : `${term.stated ? "stated:" : "p"}${term.probability ?? "?"}`);

const OTHER_SCALE: Record<ScaleId, ScaleId> = { icd203: "phia", phia: "icd203" };

interface Reading {
  probability: number | null;
  range: ProbabilityRange | null;
  stated: boolean;
  wordScale: ScaleId | null;
}

/**
 * What the deciding term says on the installation's `scale`: a stated number as written; a word
 * both scales have at its band's midpoint on the installation's scale ("likely" is 67.5 on ICD
 * 203, 65 on PHIA); a word only the other scale has at its midpoint there, with that band as its
 * range and the scale named ("realistic possibility" on an ICD 203 installation: 45, 40 to <50).
 */
function readingOf(deciding: Found | null, scale: ScaleId): Reading {
  if (deciding === null) return { probability: null, range: null, stated: false, wordScale: null };
  if (deciding.stated) return { probability: deciding.probability, range: deciding.range, stated: true, wordScale: null };
  const own = deciding.bands[scale];
  if (own !== undefined) return { probability: bandsOf(scale)[own].midpoint, range: null, stated: false, wordScale: null };
  const other = OTHER_SCALE[scale];
  const index = deciding.bands[other];
  if (index === undefined) return { probability: deciding.probability, range: null, stated: false, wordScale: null };
  const band = bandsOf(other)[index];
  return { probability: band.midpoint, range: { low: band.lower, high: band.upper }, stated: false, wordScale: other };
}

function groupOf(terms: Found[]): JudgmentGroup {
  if (terms.some((t) => t.kind === "estimative" || t.kind === "vague" || t.kind === "comparative")) return "estimate";
  return terms.some((t) => t.kind === "judging") ? "needs-number" : "unhedged";
}

/** One judgment from the part `clause` of `sentence`; terms and horizons keep sentence offsets until here. */
function judgmentOf(sentence: Sentence, clause: Clause, found: Found[], horizons: HorizonMatch[], start: number, end: number, scale: ScaleId): Judgment {
  const inClause = (index: number, to: number) => index >= clause.start && to <= clause.end;
  const terms = found.filter((t) => inClause(t.start, t.end));
  const estimative = terms.filter((term) => term.kind === "estimative");
  const reading = readingOf(decidingTerm(sentence.text, estimative), scale);
  const group = groupOf(terms);
  // An estimate lists its likelihood words; a judging verb or a bare "will" is listed only when
  // it is all the judgment has.
  const listed = group === "estimate" ? terms.filter((t) => t.kind !== "judging" && t.kind !== "unhedged") : terms;
  return {
    sentence: sentence.text.slice(clause.start, clause.end),
    fullSentence: sentence.text,
    terms: unique(listed.map((term) => term.term)),
    group,
    probability: reading.probability,
    range: reading.range,
    wordScale: reading.wordScale,
    stated: reading.stated,
    vague: estimative.length === 0 && terms.some((term) => term.kind === "vague"),
    horizons: horizons.filter((h) => inClause(h.index, h.index + h.text.length)).map(({ text, date }) => ({ text, date })),
    start,
    end,
    comparative: unique(terms.filter((term) => term.kind === "comparative").map((term) => term.term)),
    termSpans: listed.map(({ term, kind, start: from, end: to }) => ({ term, kind, start: from - clause.start, end: to - clause.start })),
  };
}

function judgmentsOf(input: string, sentence: Sentence, publishedAt: CalendarDate | null, scale: ScaleId): Judgment[] {
  const found = termsOf(sentence.text);
  if (found.length === 0) return [];
  const horizons = findHorizons(sentence.text, publishedAt);
  const clauses = judgmentClauses(sentence.text, found.map((t) => ({ start: t.start, end: t.end, judges: judges(t), kind: kindOf(t) })));
  if (clauses.length === 1) return [judgmentOf(sentence, clauses[0], found, horizons, sentence.start, sentence.end, scale)];
  const offsets = offsetsInInput(input, sentence);
  return clauses.map((clause) => judgmentOf(sentence, clause, found, horizons, offsets[clause.start], offsets[clause.end - 1] + 1, scale));
}

export interface KeyJudgments {
  /** The main list, in reading order: estimates and judgments that need a number. */
  judgments: Judgment[];
  /** Forecasts stated without a likelihood, in reading order: off the main count. */
  unhedged: Judgment[];
}

/**
 * Every judgment of `text` in reading order, split into the main list and the unhedged
 * forecasts. `publishedAt` (YYYY-MM-DD) lets relative horizons ("before October", "next year")
 * resolve; `scale` is the installation's (SPEC §3), which decides a word both scales share.
 */
export function extractKeyJudgments(text: string, publishedAt?: string, scale: ScaleId = "icd203"): KeyJudgments {
  const published = publishedAt === undefined ? null : parseIsoDate(publishedAt);
  if (publishedAt !== undefined && published === null) {
    throw new RangeError(`publishedAt must be a YYYY-MM-DD date, got ${JSON.stringify(publishedAt)}`);
  }
  const all = splitSentences(text).flatMap((sentence) => judgmentsOf(text, sentence, published, scale));
  return { judgments: all.filter((j) => j.group !== "unhedged"), unhedged: all.filter((j) => j.group === "unhedged") };
}

/**
 * The main list of `text` (see extractKeyJudgments): the sentences that carry estimative or
 * vague language or a judging verb, in reading order.
 */
export function extractJudgments(text: string, publishedAt?: string, scale: ScaleId = "icd203"): Judgment[] {
  return extractKeyJudgments(text, publishedAt, scale).judgments;
}
