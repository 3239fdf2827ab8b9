/**
 * Probabilities an author states as numbers: "70% likely", "a 70 percent chance", "a 1-in-4
 * chance", "30-40%", "between 30% and 40%", "likely (55–80%)", "odds of 3 to 1 against". A stated
 * number beats the word beside it (SPEC §3): "we judge it 70% likely" is 70, not 67.5.
 *
 * A number counts only where probability language frames it, so that "in 2021", "30 fighters"
 * or "70 percent of the population" (a proportion, not a chance) are never read as one:
 * - followed by a probability noun or adjective ("chance", "likely", "odds", "confidence"...);
 * - after a probability noun ("the probability is about 30%", "put the odds at 1 in 4");
 * - after a verb of assigning ("we would give it 20%", "we estimate 70%");
 * - in brackets just after an estimative word ("likely (70%)", "will likely attack (70%)") or
 *   after "favored" ("slightly favored (between 55-60%)").
 * A percentage followed by "of" is a share of something and never counts by the last three.
 */

export interface StatedProbability {
  /** The phrase as found, lower-cased with single spaces: "70% likely", "30-40%", "1-in-4 chance". */
  term: string;
  index: number;
  length: number;
  /** Percent; the midpoint when a range is stated. */
  value: number;
  /** The stated range, low < high; null for a single number. */
  range: { low: number; high: number } | null;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const UNIT_WORD = Object.keys(UNITS).sort((a, b) => b.length - a.length).join("|");
const TENS_WORD = Object.keys(TENS).join("|");
const NUMBER_WORD = String.raw`(?:(?:${TENS_WORD})(?:[-\s](?:${UNIT_WORD}))?|(?:a|one)\s+hundred|${UNIT_WORD})`;
// Not the tail of a decimal (".5") or of a larger number; an ellipsis before is fine ("...60").
const DIGITS = String.raw`(?<![\d,$£€])(?<!(?:^|[^.])\.)\d{1,3}(?:\.\d+)?(?![\d,])`;
const NUMBER = `(?:${DIGITS}|${NUMBER_WORD})`;
const PERCENT = String.raw`(?:\s?%|[\s-]*(?:percent|per\s*cent|pct)\b)`;
const DASH = String.raw`\s*(?:-|–|—|to)\s*`;
// "fewer than 10%" bounds the chance from above, "at least 90%" from below.
const BELOW = String.raw`(?:less|fewer)\s+than|under|below|at\s+most|no\s+more\s+than|up\s+to`;
const ABOVE = String.raw`(?:more|greater|better)\s+than|over|above|at\s+least|no\s+less\s+than`;

/** Each form is one alternative with named groups; the first form that matches at a place wins. */
const FORMS = [
  String.raw`between\s+(?<bLow>${NUMBER})${PERCENT}?\s+and\s+(?<bHigh>${NUMBER})${PERCENT}`,
  String.raw`(?<rLow>${DIGITS})${PERCENT}?${DASH}(?<rHigh>${DIGITS})${PERCENT}`,
  // Words only with "to": the hyphen of "seventy-five" is no range.
  String.raw`(?<wLow>${NUMBER_WORD})${PERCENT}?\s+to\s+(?<wHigh>${NUMBER_WORD})${PERCENT}`,
  String.raw`(?<bound>${BELOW}|${ABOVE})\s+(?<bValue>${NUMBER})${PERCENT}`,
  String.raw`(?<oFor>${NUMBER})(?:\s*-\s*|\s+)in(?:\s*-\s*|\s+)(?<oOf>${NUMBER})`,
  String.raw`(?<oddsA>\d{1,3}|${UNIT_WORD})(?:\s*-\s*to\s*-\s*|\s+to\s+|:)(?<oddsB>\d{1,3}|${UNIT_WORD})(?:\s+odds)?\s+(?<side>against|in\s+favou?r)\b`,
  String.raw`(?<even>50\s*[-/]\s*50|fifty[-\s]fifty)`,
  String.raw`(?<single>${NUMBER})${PERCENT}`,
];
const NUMBER_PHRASE = new RegExp(String.raw`\b(?:${FORMS.join("|")})`, "gi");

// "a 70% confidence interval" is a statistic, not a chance.
const PROBABILITY_AFTER = /^[\s-]*(?:or\s+(?:more|higher|greater|less|lower|better)\s+)?(?:chances?|probability|probabilities|likelihood|likely|unlikely|probable|improbable|certain|certainty|sure|odds|confident|confidence(?!\s+interval)|risk|shot|proposition|bet)\b/i;
// Digits may sit between ("the likelihood of a default in the third quarter of 2026 is 30-40%"),
// and so may an ellipsis, as in forecast bulletins ("Formation chance through 48
// hours...medium...60 percent"); a full stop may not.
const PROBABILITY_NOUN_BEFORE = /\b(?:chances?|probability|likelihood|odds)\b(?:[^.;:!?%]|\.{3}|…){0,70}$/i;
const ASSIGNING_BEFORE = /\b(?:give|gives|giving|gave|put|puts|putting|place|places|placing|assign|assigns|assigned|assigning|estimate|estimates|estimated|assess|assesses|assessed)(?:\s+(?:it|this|that|them|these|those|the\s+\w+|a|an|odds|chances))?(?:\s+(?:at|as|around|about|roughly|approximately|only|just))*\s+$/i;
// "likely (70%)", "will likely attack (70%)": a bracketed number a few words after an estimative word.
// "favored (between 55-60%)": the outlooks' word for the likeliest outcome, with its number.
const BRACKET_AFTER_TERM = /\b(?:likely|unlikely|probable|improbable|probably|certain|certainly|chance|possibility|remote|odds|doubtful|favou?red)\b[^.;:!?()[\]]{0,30}[([]\s*(?:~|c\.|about|around|roughly|approximately|between)?\s*$/i;
const SHARE_OF = /^\s*of\b/i;
const IS_BELOW = new RegExp(`^(?:${BELOW})$`, "i");

function numberValue(text: string): number {
  const word = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d/.test(word)) return Number(word);
  if (word.endsWith("hundred")) return 100;
  const [tens, unit] = word.split(/[-\s]/);
  if (tens in TENS) return TENS[tens] + (unit ? UNITS[unit] : 0);
  return UNITS[word];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const isPercent = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;

type Reading = Pick<StatedProbability, "value" | "range">;

function rangeOf(low: number, high: number): Reading | null {
  if (!isPercent(low) || !isPercent(high) || low > high) return null;
  if (low === high) return { value: low, range: null };
  return { value: round1((low + high) / 2), range: { low, high } };
}

/** The probability a matched phrase states, or null when its numbers make no percentage. */
function readingOf(g: Record<string, string | undefined>): Reading | null {
  if (g.bLow && g.bHigh) return rangeOf(numberValue(g.bLow), numberValue(g.bHigh));
  if (g.rLow && g.rHigh) return rangeOf(numberValue(g.rLow), numberValue(g.rHigh));
  if (g.wLow && g.wHigh) return rangeOf(numberValue(g.wLow), numberValue(g.wHigh));
  if (g.bound && g.bValue) {
    const value = numberValue(g.bValue);
    if (!isPercent(value)) return null;
    return IS_BELOW.test(g.bound) ? rangeOf(0, value) : rangeOf(value, 100);
  }
  if (g.oFor && g.oOf) {
    const [chances, outOf] = [numberValue(g.oFor), numberValue(g.oOf)];
    return outOf > 0 && chances <= outOf ? { value: round1((100 * chances) / outOf), range: null } : null;
  }
  if (g.oddsA && g.oddsB && g.side) {
    const [a, b] = [numberValue(g.oddsA), numberValue(g.oddsB)];
    if (a + b === 0) return null;
    // "3 to 1 against" is one chance in four, "3 to 1 in favour" three in four. Odds without a
    // side are left unread: bookmakers' "3 to 1" means against, everyday speech often in favour.
    const share = g.side.toLowerCase() === "against" ? b / (a + b) : a / (a + b);
    return { value: round1(100 * share), range: null };
  }
  if (g.even) return { value: 50, range: null };
  if (g.single) {
    const value = numberValue(g.single);
    return isPercent(value) ? { value, range: null } : null;
  }
  return null;
}

/** Is the phrase at [index, end) framed as a probability? Returns its extended end (a following noun is part of the term). */
function framedEnd(text: string, index: number, end: number, g: Record<string, string | undefined>): number | null {
  const after = PROBABILITY_AFTER.exec(text.slice(end, end + 40));
  if (after) return end + after[0].length;
  // Odds with a side ("3 to 1 against") frame themselves.
  if (g.side) return end;
  const before = text.slice(Math.max(0, index - 80), index);
  if (SHARE_OF.test(text.slice(end, end + 6))) return null;
  if (PROBABILITY_NOUN_BEFORE.test(before) || ASSIGNING_BEFORE.test(before) || BRACKET_AFTER_TERM.test(before)) return end;
  return null;
}

// Something every form needs: a percent unit, "N in M", odds with a side, or fifty-fifty. Most
// sentences have none, and this test is far cheaper than NUMBER_PHRASE.
const MAY_STATE_A_NUMBER = new RegExp(String.raw`%|per\s*cent|pct|fifty|50\s*[-/]\s*50|against|favou?r|(?:\d|\b(?:${UNIT_WORD}))[\s-]+in[\s-]`, "i");

export function findStatedProbabilities(text: string): StatedProbability[] {
  const found: StatedProbability[] = [];
  if (!MAY_STATE_A_NUMBER.test(text)) return found;
  for (const match of text.matchAll(NUMBER_PHRASE)) {
    const groups = match.groups ?? {};
    const reading = readingOf(groups);
    if (!reading) continue;
    const end = framedEnd(text, match.index, match.index + match[0].length, groups);
    if (end === null) continue;
    const phrase = text.slice(match.index, end);
    found.push({ term: phrase.toLowerCase().replace(/\s+/g, " "), index: match.index, length: phrase.length, ...reading });
  }
  return found;
}
