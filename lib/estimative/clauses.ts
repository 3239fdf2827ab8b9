/**
 * A sentence with two judgments yields two (SPEC §3): "Iran's proxies will likely sustain
 * low-level attacks until after the October elections, but they may expand attacks toward the
 * end of the year" is a likely judgment and a vague one, each with its own horizon.
 *
 * A sentence is cut where a new independent clause begins with a contrast or after a semicolon:
 * ", but", ", yet", ", while", ", whereas", "; ", and "but" without a comma ("will probably cut
 * rates in September but likely not..."). Each side must hold a judging word of its own (an
 * estimative term, a stated number or a vague word; a comparative judges nothing), else the
 * sides stay together: "unlikely but dangerous" is one judgment.
 *
 * "And" cuts only before a subject ("and a", "and the", "and it", "and their", "and we", or after
 * a comma a bare noun whose verb follows: ", and deaths at sea are likely to rise"), as "and"
 * joins list items as often as clauses ("Kuwait, Israel, and Saudi Arabia and is likely
 * responsible"); a linking phrase may come first ("and based on this the forecast calls for",
 * "and then a depression could form"). It cuts between judgments of different kinds:
 * "additional development is expected and a tropical depression is likely to form" is an
 * expectation that needs a number and a likely judgment. Two of the same kind are two judgments
 * only when the comma before "and" and a new subject of their own make a second sentence of the
 * right side ("Some development is possible, and the system could become a depression"; "it is
 * likely, and we judge it was ordered"). A pronoun that points back ("The militia may attack, and it could escalate") carries
 * the same story on and stays one judgment; so does a list ("could reach the port, the airport,
 * and the bases that may host aircraft"), whose last item reaches its judging word only through
 * a comma or a relative "that", "which" or "who".
 *
 * A second verb of the same subject that judges on its own is a second judgment: "NOAA calls for
 * a higher likelihood of an active season, and decreases the chance of a quiet one to 15
 * percent"; "the consensus agrees with this transition and then predicts a continuation".
 *
 * A sentence opening with a contrast ("While the system is expected to reach warmer water, it is
 * also expected to meet shear") is cut at the end of the opening clause, as ", while" is: both
 * sides are asserted. A concessive "although" or "though" is not (see below).
 *
 * Not cut: a bare comma, and subordinate clauses ("though", "if"), which qualify the judgment
 * they are attached to rather than state another.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ClauseTerm extends Span {
  /** True for a word that states a judgment: estimative, stated number or vague. */
  judges: boolean;
  /** What kind of judgment the word makes ("judging", "vague", a probability): "and" cuts only between different kinds. */
  kind?: string;
}

/** A clause by its offsets in the sentence, without the joining punctuation and conjunction. */
export type Clause = Span;

// "…, but that this is very unlikely" is a second complement of the same verb, not a new clause.
const JOIN = /\s*;\s+|,\s+(?:but|yet|while|whereas)\s+(?!that\b)|\s+(?:but|whereas)\s+(?!also\b|that\b)/gi;

// Group 1: the comma, if any; group 2: the new subject's first word.
const AND_JOIN =
  /(,)?\s+and\s+(?:(?:then|thereafter|therefore|consequently|as\s+a\s+result|in\s+turn|after\s+that|based\s+on\s+(?:this|that|these))\s*,?\s+)?(?=([A-Za-z][\w'’-]*)\s)/gi;
// Words that open a subject: "and a…", "and the…", "and it…", "and their…", "and we…".
const SUBJECT_OPENER = /^(?:a|an|the|this|it|its|their|his|her|they|there|we|some|further|additional|gradual)$/i;
// A bare noun opens a subject only after a comma and when a verb follows within a few words:
// ", and deaths at sea are likely to rise" (not ", and Bahrain and likely struck", nor ", and
// Saudi Arabia and is likely responsible").
const FINITE_VERB = /\b(?:is|are|was|were|will|would|may|might|could|can|should|remains?|seems?|appears?|looks?|has|have)\b/i;
// A subject of its own, not a pronoun pointing back to the left side's subject.
const NEW_SUBJECT = /^(?:a|an|the|we|some|further|additional|gradual)$/i;
// Between "and" and the right side's judging word: a list item reaches it only through a comma or
// a relative pronoun ("the airport, which may…", "the bases that could…"); a clause's own subject
// is a few words at most.
const LIST_ITEM_GAP = /[,;:()]|\b(?:that|which|who|whom|whose|where)\b/i;
const SUBJECT_WORDS = 8;

// A second verb of the same subject, in -s and followed by its object: "NOAA calls for a higher
// likelihood of X, and decreases the chance of Y to 15 percent"; "the consensus agrees and then
// predicts a continuation". Plural nouns are rarely followed by an article.
// An adverb before the verb ("then predicts") belongs to the second judgment and stays in it.
const PREDICATE_JOIN = /,?\s+and\s+(?=(?:(?:then|also|now|still)\s+)?[a-z]{2,}s\s+(?:the|a|an|its|their|this|that|these|those|for)\s)/gi;

// A sentence opening with a contrast: "While X, Y", "Whereas X, Y".
const OPENING_CONTRAST = /^\s*(?:while|whereas)\b[^,;:]*,\s*/i;

function overlapsTerm(join: Span, terms: readonly ClauseTerm[]): boolean {
  return terms.some((t) => t.start < join.end && t.end > join.start);
}

export function judgmentClauses(text: string, terms: readonly ClauseTerm[]): Clause[] {
  const whole = [{ start: 0, end: text.length }];
  if (terms.filter((t) => t.judges).length < 2) return whole;
  const cut = cutAtContrasts(text, terms).flatMap((clause) => cutOpeningContrast(text, clause, terms));
  return cut
    .flatMap((clause) => cutAtAnd(text, clause, terms))
    .flatMap((clause) => cutAtSecondVerb(text, clause, terms))
    .flatMap((clause) => cutBetweenStatedChances(text, clause, terms));
}

/** The sentence cut at contrasts and semicolons, each side keeping a judgment of its own. */
function cutAtContrasts(text: string, terms: readonly ClauseTerm[]): Clause[] {
  const whole = [{ start: 0, end: text.length }];
  const pieces: Clause[] = [];
  let start = 0;
  for (const match of text.matchAll(JOIN)) {
    const join = { start: match.index, end: match.index + match[0].length };
    // "unlikely but possible" is one term, not two clauses.
    if (overlapsTerm(join, terms)) continue;
    pieces.push({ start, end: join.start });
    start = join.end;
  }
  if (pieces.length === 0) return whole;
  pieces.push({ start, end: text.length });

  const judges = (clause: Clause) => terms.some((t) => t.judges && t.start >= clause.start && t.end <= clause.end);
  const clauses: Clause[] = [];
  for (const piece of pieces) {
    const last = clauses[clauses.length - 1];
    // A side without a judgment of its own belongs to its neighbour.
    if (last && (!judges(last) || !judges(piece))) last.end = piece.end;
    else clauses.push({ ...piece });
  }
  return clauses;
}

const judgingIn = (clause: Clause, terms: readonly ClauseTerm[]) => terms.filter((t) => t.judges && t.start >= clause.start && t.end <= clause.end);
const kindsIn = (clause: Clause, terms: readonly ClauseTerm[]) => new Set(judgingIn(clause, terms).map((t) => t.kind ?? "judges"));

/** "While X, Y" cut after X when each side judges. */
function cutOpeningContrast(text: string, clause: Clause, terms: readonly ClauseTerm[]): Clause[] {
  const opening = OPENING_CONTRAST.exec(text.slice(clause.start, clause.end));
  if (opening === null) return [clause];
  const comma = clause.start + opening[0].trimEnd().length - 1;
  const left = { start: clause.start, end: comma };
  const right = { start: clause.start + opening[0].length, end: clause.end };
  if (overlapsTerm({ start: comma, end: right.start }, terms)) return [clause];
  return judgingIn(left, terms).length > 0 && judgingIn(right, terms).length > 0 ? [left, right] : [clause];
}

/**
 * After a comma and "and", the right side as a sentence of its own: a new subject, not a pronoun
 * pointing back, reaching its judging word without a list's comma or relative pronoun.
 */
function startsOwnSentence(text: string, match: RegExpMatchArray, joinEnd: number, right: Clause, terms: readonly ClauseTerm[]): boolean {
  if (match[1] !== "," || !NEW_SUBJECT.test(match[2])) return false;
  return subjectReachesJudgment(text, joinEnd, right, terms);
}

/** The words after "and" up to the right side's first judging word read as a subject and its verb. */
function subjectReachesJudgment(text: string, joinEnd: number, right: Clause, terms: readonly ClauseTerm[]): boolean {
  const first = judgingIn(right, terms)[0];
  const gap = text.slice(joinEnd, first.start);
  return !LIST_ITEM_GAP.test(gap) && gap.split(/\s+/).filter(Boolean).length <= SUBJECT_WORDS;
}

/** After ", and", a bare noun as a new subject: a verb before or at the right side's first judging word. */
function bareNounSubject(text: string, match: RegExpMatchArray, joinEnd: number, right: Clause, terms: readonly ClauseTerm[]): boolean {
  if (match[1] !== "," || !subjectReachesJudgment(text, joinEnd, right, terms)) return false;
  const first = judgingIn(right, terms)[0];
  // "…, and Saudi Arabia and is likely responsible": a list's last item, then the first
  // subject's second verb.
  if (/\b(?:and|or)\b/i.test(text.slice(joinEnd, first.start))) return false;
  return FINITE_VERB.test(text.slice(joinEnd, first.end));
}

/**
 * `clause` cut at each "and" before a new subject whose two sides make judgments of different
 * kinds, or of the same kind when the right side is a sentence of its own (startsOwnSentence).
 */
function cutAtAnd(text: string, clause: Clause, terms: readonly ClauseTerm[]): Clause[] {
  const out: Clause[] = [];
  let start = clause.start;
  AND_JOIN.lastIndex = 0;
  const part = text.slice(clause.start, clause.end);
  for (const match of part.matchAll(AND_JOIN)) {
    const join = { start: clause.start + match.index, end: clause.start + match.index + match[0].length };
    if (overlapsTerm(join, terms)) continue;
    const rightSide = { start: join.end, end: clause.end };
    const left = kindsIn({ start, end: join.start }, terms);
    const right = kindsIn(rightSide, terms);
    if (left.size === 0 || right.size === 0) continue;
    const opener = SUBJECT_OPENER.test(match[2]);
    if (!opener && !bareNounSubject(text, match, join.end, rightSide, terms)) continue;
    // A bare noun with its verb is a subject of its own already; after an opener word, a
    // judgment of the same kind must show it starts a sentence of its own.
    const sameKind = [...left].some((kind) => right.has(kind));
    if (sameKind && opener && !startsOwnSentence(text, match, join.end, rightSide, terms)) continue;
    out.push({ start, end: join.start });
    start = join.end;
  }
  out.push({ start, end: clause.end });
  return out;
}

/**
 * `clause` cut before a second verb of the same subject ("…, and decreases the chance of a quiet
 * season to 15 percent") when each side judges on its own: the subject made two judgments.
 */
function cutAtSecondVerb(text: string, clause: Clause, terms: readonly ClauseTerm[]): Clause[] {
  const out: Clause[] = [];
  let start = clause.start;
  PREDICATE_JOIN.lastIndex = 0;
  for (const match of text.slice(clause.start, clause.end).matchAll(PREDICATE_JOIN)) {
    const join = { start: clause.start + match.index, end: clause.start + match.index + match[0].length };
    if (overlapsTerm(join, terms)) continue;
    if (judgingIn({ start, end: join.start }, terms).length === 0 || judgingIn({ start: join.end, end: clause.end }, terms).length === 0) continue;
    out.push({ start, end: join.start });
    start = join.end;
  }
  out.push({ start, end: clause.end });
  return out;
}

/**
 * Two different chances the author wrote as numbers are two judgments, even joined by a bare
 * comma: "Neutral is favored this fall (~70% chance), continuing through spring (50-55%
 * chance)". The cut is at the last comma before the second number.
 */
function cutBetweenStatedChances(text: string, clause: Clause, terms: readonly ClauseTerm[]): Clause[] {
  const stated = terms.filter((t) => t.kind?.startsWith("stated:") && t.start >= clause.start && t.end <= clause.end);
  const out: Clause[] = [];
  let start = clause.start;
  for (let i = 1; i < stated.length; i++) {
    if (stated[i].kind === stated[i - 1].kind) continue;
    const comma = text.lastIndexOf(",", stated[i].start);
    if (comma <= stated[i - 1].end || comma <= start) continue;
    out.push({ start, end: comma });
    start = comma + 1;
    while (start < clause.end && /\s/.test(text[start])) start++;
  }
  out.push({ start, end: clause.end });
  return out;
}
