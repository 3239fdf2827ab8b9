/**
 * Forecasts stated as certain, with no likelihood at all: "The regime will collapse", "China
 * will remain the top threat", "PRC-based firms are on track to control 65 percent". A judgment
 * stated as certain is a judgment too; extraction lists these apart, off the main count ("stated
 * without a likelihood — put a number on it"), so analysts can choose to track them. A forecast
 * verb ("it is forecasted to reach 18 percent") is not stated as certain: it says the author
 * expects it, without saying how likely, and needs a number (judging-verbs.ts).
 *
 * Only a main clause counts: "will" after "if", "whether", "hopes that" or a relative "that",
 * "which" or "who" describes a condition or a thing, not a forecast; "political will" and "the
 * will of the people" are nouns; a question forecasts nothing.
 */

export interface UnhedgedMatch {
  term: string;
  index: number;
  length: number;
}

const FUTURE = String.raw`\b(?:will(?:\s+not)?|won['’]t|shall|(?:is|are)\s+(?:going|set|poised|on\s+(?:track|pace|course))\s+to)\s+(?:(?:also|still|continue\s+to|further)\s+)?[a-z]+`;
const PATTERN = new RegExp(FUTURE, "gi");
// "political will", "the will of", "free will": the noun.
const WILL_AS_NOUN_BEFORE = /\b(?:the|a|political|free|good|ill|own|popular|their|its|his|her|our|your|my|public|national|strong|collective)\s+$/i;
// A condition or hope anywhere earlier in the clause; a relative pronoun just before "will".
const CONDITION_IN_CLAUSE = /\b(?:if|unless|whether|hopes?\s+that|hoping\s+that|so\s+that|whoever|whatever|when|whenever|once|as\s+long\s+as)\b/i;
const RELATIVE_JUST_BEFORE = /\b(?:that|which|who|what)\s+$/i;
const CLAUSE_BREAKS = /[,;:—–()]/;

/** The text from the last clause break before `index`. */
function clauseBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && index - start < 160 && !CLAUSE_BREAKS.test(text[start - 1])) start--;
  return text.slice(start, index);
}

export function findUnhedgedForecasts(sentence: string): UnhedgedMatch[] {
  if (/\?\s*["”’)]*\s*$/.test(sentence)) return [];
  const found: UnhedgedMatch[] = [];
  for (const match of sentence.matchAll(PATTERN)) {
    const before = sentence.slice(Math.max(0, match.index - 24), match.index);
    if (/^will\b/i.test(match[0]) && WILL_AS_NOUN_BEFORE.test(before)) continue;
    const clause = clauseBefore(sentence, match.index);
    if (CONDITION_IN_CLAUSE.test(clause) || RELATIVE_JUST_BEFORE.test(clause)) continue;
    // "Will" opening a clause asks a question ("In other words: will there be more battles")
    // or drops its subject ("Will be curious to read..."): no forecast either way.
    if (/^will\b/i.test(match[0]) && /(?:^|[:;])\W*$/.test(sentence.slice(0, match.index))) continue;
    found.push({ term: match[0].toLowerCase().replace(/\s+/g, " "), index: match.index, length: match[0].length });
  }
  return found;
}
