/**
 * Judgments carried by a verb or a confidence statement, with no likelihood word: "We judge the
 * militias were not ordered to escalate", "The team anticipates further disclosures in 2025",
 * "We assess with moderate confidence that the strikes were retaliatory". They are listed as
 * needing a number (extract.ts): the author judged, but did not say how likely.
 *
 * The verb counts only in the present tense with an analytic subject (we, I, the team, analysts,
 * an agency's initials) or as a confidence statement ("we have high confidence that", "our
 * assessment is that", "it is judged that"), so that "we have been judging since 2005", "than we
 * judged previously" or "This Estimate assesses the status of" are not judgments.
 */

export interface JudgingMatch {
  /** The phrase as found, lower-cased with single spaces: "we assess with moderate confidence". */
  term: string;
  index: number;
  length: number;
}

// Case-sensitive on purpose: an agency's initials are capitals ("DOE and the NIC assess"), and
// "costs estimate" is no subject.
const SUBJECT = String.raw`(?:[Ww]e|I|(?:[Tt]he|[Oo]ur)\s+(?:team|analysts|authors|[Ii]ntelligence\s+[Cc]ommunity|IC|[Cc]ommunity|agency|assessment\s+staff)|[Aa]nalysts)`;
const ADVERB = String.raw`(?:(?:also|still|now|further|therefore|thus|continue\s+to|continues\s+to|do|does|would)\s+)*`;
const VERB = String.raw`(?:judge|judges|assess|assesses|estimate|estimates|anticipate|anticipates|expect|expects|forecast|forecasts|predict|predicts|project|projects)`;
// Agencies by their initials: "the NIC assesses", "DOE and the NIC assess". One agency takes the
// verb's -s form, so that "NOAA forecast an above-average season" (a report of the past) and "IEA
// forecast accuracy" (a noun) are not read as judgments; "forecast" and "project" are left out,
// being nouns as often as verbs.
const AGENCY = String.raw`(?:[Tt]he\s+)?[A-Z]{2,5}`;
const AGENCY_JUDGING = String.raw`(?:${AGENCY}\s+${ADVERB}(?:judges|assesses|estimates|anticipates|expects)|${AGENCY}(?:\s*,\s*${AGENCY})*,?\s+and\s+${AGENCY}\s+${ADVERB}(?:judge|assess|estimate|anticipate|expect))\b`;
const LEVEL = String.raw`(?:low|moderate|medium|high)(?:[\s-]+to[\s-]+(?:low|moderate|medium|high))?`;
const CONFIDENCE = String.raw`(?:\s+with\s+(?:only\s+|a\s+)?${LEVEL}\s+(?:level\s+of\s+)?confidence)`;

const PATTERNS = [
  // "We judge", "DOE and the NIC assess with only moderate confidence", "The team anticipates".
  String.raw`\b(?:${SUBJECT}\s+${ADVERB}${VERB}\b|${AGENCY_JUDGING})${CONFIDENCE}?`,
  // "We have high confidence that", "we hold moderate confidence in".
  String.raw`\b[Ww]e\s+(?:have|hold|place)\s+${LEVEL}\s+confidence\s+(?:that|in)\b`,
  // "Our assessment is that", "Our judgement remains that".
  String.raw`\b[Oo]ur\s+(?:assessment|judgment|judgement|estimate|expectation|forecast)\s+(?:is|remains)\s+that\b`,
  // "It is assessed that", "It is judged with high confidence that".
  String.raw`\b[Ii]t\s+is\s+(?:assessed|judged|estimated|anticipated|expected)${CONFIDENCE}?\s+that\b`,
  // "The threat environment is expected to remain high": the authors' expectation, put passively.
  String.raw`\b(?:is|are)\s+(?:(?:still|also|now|widely|generally)\s+)?(?:expected|anticipated|assessed|judged)\s+to\b`,
];

const PATTERN = new RegExp(PATTERNS.map((p) => `(?:${p})`).join("|"), "g");
// A cheap pre-test: most sentences have none of the verbs.
const MAY_JUDGE = /assess|judg|estimat|anticipat|expect|forecast|predict|project|confidence/i;
// "We expect" read as a verb only when its subject opens the clause or follows a conjunction:
// "the forecasts we expect" and "what we assess" are relative, not a judgment stated here.
const RELATIVE_BEFORE = /\b(?:what|which|whom|who|whose|as)\s+$/i;

export function findJudgingVerbs(text: string): JudgingMatch[] {
  if (!MAY_JUDGE.test(text)) return [];
  const found: JudgingMatch[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const phrase = match[0];
    if (RELATIVE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    found.push({ term: phrase.toLowerCase().replace(/\s+/g, " "), index: match.index, length: phrase.length });
  }
  return found;
}
