/**
 * Words with no agreed probability (SPEC §3). The tool flags them and asks for a number.
 *
 * Choices: "maybe" is its own vague term (word boundaries keep it from matching "may"); the
 * litotes "not unlikely" / "not impossible" are vague too, since analysts read them anywhere
 * from 30 to 70 per cent. So are chances that no scale defines: "a good chance", "a fair
 * chance", "a slim chance", "a serious possibility", "a real possibility", "a distinct
 * possibility", "a high probability", "low odds" and the like (CHANCE_PHRASE). The chances a
 * scale does define are estimative terms, not vague ones: "remote chance", "even chance", PHIA's
 * "realistic possibility" (terms.ts).
 */

export const VAGUE_TERMS: readonly string[] = [
  "may",
  "might",
  "could",
  "possible",
  "possibly",
  "perhaps",
  "maybe",
  "conceivably",
  "cannot rule out",
  "can't rule out",
  "cannot be ruled out",
  "can't be ruled out",
  "could not rule out",
  "could not be ruled out",
  "cannot exclude",
  "cannot be excluded",
  "not impossible",
  "not unlikely",
];

export interface VagueMatch {
  /** The term as found, lower-cased, with typographic apostrophes made straight. */
  term: string;
  /** Offset of the match in the searched text. */
  index: number;
  /** Length of the match as it appears (whitespace inside it may differ from `term`). */
  length: number;
}

function termSource(term: string): string {
  return term
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/'/g, "['’]")
    .replace(/ /g, "\\s+");
}

const CHANCE_QUALITY = [
  "good", "fair", "decent", "reasonable", "real", "distinct", "serious", "strong", "significant",
  "substantial", "meaningful", "slim", "slight", "small", "little", "low", "high", "outside", "fighting",
  // Raised or lowered, still without a number: "calls for a higher likelihood of a busy season".
  "higher", "greater", "lower", "increased", "reduced", "elevated", "heightened",
];
/** "A good chance", "a very real possibility", "low odds": a chance with a quality but no number. */
const CHANCE_PHRASE = String.raw`(?:(?:very|quite|fairly|pretty|reasonably|relatively|extremely|rather)\s+)?(?:${CHANCE_QUALITY.join("|")})\s+(?:chances?|possibility|possibilities|probability|probabilities|likelihood|odds)`;

// Longest first, so "could not be ruled out" wins over "could" at the same position.
const VAGUE_PATTERN = new RegExp(
  `\\b(?:${CHANCE_PHRASE}|${[...VAGUE_TERMS].sort((a, b) => b.length - a.length).map(termSource).join("|")})\\b`,
  "gi",
);

const SENTENCE_START = /(?:^|[.!?]["'”’)\]]*\s+|\n\s*)[("'“‘*_]*$/;
const FOLLOWED_BY_DAY_OR_YEAR = /^\s+\d{1,4}\b/;
const PRECEDED_BY_DAY = /\b\d{1,2}(?:st|nd|rd|th)?\s+$/;

/**
 * "May" the month (or a name, as in "Theresa May") is not the modal verb: it is followed by a
 * day or year ("May 2021", "May 12"), preceded by a day ("12 May"), or capitalised where a
 * modal would not be, i.e. anywhere but the start of a sentence.
 */
function isMonthOrName(text: string, index: number, found: string): boolean {
  const after = text.slice(index + found.length, index + found.length + 6);
  if (FOLLOWED_BY_DAY_OR_YEAR.test(after)) return true;
  const before = text.slice(Math.max(0, index - 12), index);
  if (PRECEDED_BY_DAY.test(before)) return true;
  if (found[0] === "m") return false;
  return !SENTENCE_START.test(text.slice(Math.max(0, index - 8), index));
}

// "as soon as possible", "where possible", "the best possible": no judgment about the future;
// nor "made it possible for us": what enabled something, not a chance.
const NON_ESTIMATIVE_POSSIBLE = /(?:\b(?:as|where|wherever|when|whenever|if)\s+|\bas\s+\w+\s+as\s+|\w+est\s+|\b(?:make|makes|made|making)\s+(?:it|this|that|them)\s+)$/i;
// "military might", "its might": the noun, not the modal.
const MIGHT_AS_NOUN = /\b(?:its|their|his|her|our|my|your|military|economic|naval|full)\s+$/i;

function isFalsePositive(text: string, index: number, found: string): boolean {
  const term = found.toLowerCase();
  const before = text.slice(Math.max(0, index - 24), index);
  if (term === "may") return isMonthOrName(text, index, found);
  if (term === "possible") return NON_ESTIMATIVE_POSSIBLE.test(before);
  if (term === "might") return MIGHT_AS_NOUN.test(before);
  return false;
}

export function findVagueTerms(text: string): VagueMatch[] {
  const found: VagueMatch[] = [];
  for (const match of text.matchAll(VAGUE_PATTERN)) {
    if (isFalsePositive(text, match.index, match[0])) continue;
    found.push({ term: normaliseTerm(match[0]), index: match.index, length: match[0].length });
  }
  return found;
}

/** Lower-case, straight apostrophes, single spaces: the form shown in `terms`. */
export function normaliseTerm(found: string): string {
  return found.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ");
}
