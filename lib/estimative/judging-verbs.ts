/**
 * Judgments carried by a verb or a confidence statement, with no likelihood word: "We judge the
 * militias were not ordered to escalate", "The team anticipates further disclosures in 2025",
 * "We assess with moderate confidence that the strikes were retaliatory". They are listed as
 * needing a number (extract.ts): the author judged, but did not say how likely.
 *
 * The verb counts only in the present tense with an analytic subject (we, I, the team, analysts,
 * an agency's initials, or others whose forecast is passed on: officials, experts, health
 * agencies) or as a confidence statement ("we have high confidence that", "our
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
/** "officials" or "Officials": the rest of the pattern is case-sensitive. */
const capitalisedOrNot = (words: readonly string[]) => `(?:${words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})`;
// People and bodies, not models or data: "the statistical models predict" reports evidence.
const PEOPLE = ["officials", "analysts", "experts", "forecasters", "economists", "agencies", "authorities", "observers", "scientists", "researchers", "diplomats", "planners", "meteorologists", "epidemiologists"];
// Others whose forecast the report passes on ("Officials anticipate renewed flooding", "Health
// agencies expect", "Most economists predict"): a plural people or body, with at most a
// determiner and one describing word before it, and a plural present verb, so that "officials
// expected" (a report of the past) is not read. The describing word is no conjunction or
// preposition: "and officials expect" starts at "officials".
// Or any agent noun in the plural ("insurers", "strategists", "politicians", "investors",
// "residents"). A short place or body may follow ("analysts at the ministry predict").
const AGENT_NOUN = String.raw`[A-Za-z][a-z]+(?:ers|ists|ians|ors|ants|ents)`;
const WHERE_FROM = String.raw`(?:\s+(?:at|in|from|with|across|inside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?`;
const OTHERS = String.raw`(?:(?:[Mm]ost|[Mm]any|[Ss]ome|[Tt]he|[Oo]ther|[Ss]everal)\s+)?(?:(?!(?:and|or|but|nor|that|which|who|as|than|of|in|on|at|to|for|with|by|from|while|because|if)\b|[a-z]+ing\b)[A-Za-z][\w.-]*\s+)?(?:${capitalisedOrNot(PEOPLE)}|${AGENT_NOUN})${WHERE_FROM}`;
const SUBJECT = String.raw`(?:[Ww]e|I|(?:[Tt]he|[Oo]ur)\s+(?:team|analysts|authors|[Ii]ntelligence\s+[Cc]ommunity|IC|[Cc]ommunity|agency|assessment\s+staff)|[Aa]nalysts)`;
// "We do not expect the leader to be replaced": a negated expectation is a judgment too.
const ADVERB = String.raw`(?:(?:also|still|now|further|therefore|thus|continue\s+to|continues\s+to|do|does|would|not|don['’]t|doesn['’]t)\s+)*`;
const VERB = String.raw`(?:judge|judges|assess|assesses|estimate|estimates|anticipate|anticipates|expect|expects|forecast|forecasts|predict|predicts|project|projects|believe|believes)`;
// Others are plural: "others forecasts" is a noun phrase, "others forecast" a verb.
const PLURAL_VERB = String.raw`(?:judge|assess|estimate|anticipate|expect|forecast|predict|project|believe)`;
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
  String.raw`\b(?:${SUBJECT}\s+${ADVERB}${VERB}\b|${OTHERS}\s+${ADVERB}${PLURAL_VERB}\b|${AGENCY_JUDGING})${CONFIDENCE}?`,
  // "We have high confidence that", "we hold moderate confidence in".
  String.raw`\b[Ww]e\s+(?:have|hold|place)\s+${LEVEL}\s+confidence\s+(?:that|in)\b`,
  // "Our assessment is that", "Our judgement remains that".
  String.raw`\b[Oo]ur\s+(?:assessment|judgment|judgement|estimate|expectation|forecast)\s+(?:is|remains)\s+that\b`,
  // "It is assessed that", "It is judged with high confidence that".
  String.raw`\b[Ii]t\s+is\s+(?:assessed|judged|estimated|anticipated|expected)${CONFIDENCE}?\s+that\b`,
  // "The threat environment is expected to remain high", "development of this system is not
  // expected", "a turn to the north is forecast", "the low is forecast to move west", "output is
  // projected to fall", "ENSO-neutral is favored": the authors' expectation, put passively. A
  // forecast verb states an expectation without saying how likely, as "is expected to" does;
  // only a bare future ("will fall", "is set to fall") is stated as certain (unhedged.ts).
  // "Indicated" only as a forecast: not "is indicated by the data" or "is indicated in Fig. 2".
  String.raw`\b(?:is|are)\s+(?:(?:still|also|now|not|widely|generally|slightly|strongly|once\s+again)\s+)*(?:(?:expected|anticipated|favou?red|forecast(?:ed)?|predicted)(?:\s+to)?\b|(?:assessed|judged|projected)\s+to\b|indicated\b(?!\s+(?:by\s+(?!the\s+end\b)|in\s+(?:Fig|Table|the\s+(?:figure|table|chart|map))|on\b)))`,
  // "We are confident that", "we are highly confident the shipments originated there".
  String.raw`\b[Ww]e\s+are\s+(?:(?:highly|very|fairly|reasonably|now|still)\s+)?confident\b`,
  // A forecast as its own subject: "the official forecast shows", "the new intensity forecast
  // calls for", "the forecaster consensus prefers this outcome", "the consensus forecast is for".
  String.raw`\b(?:[Tt]he|[Oo]ur)\s+(?:[\w-]+\s+){0,3}?(?:forecast|forecasters?|outlook)(?:\s+consensus)?\s+(?:(?:also|now|still|then|once\s+again)\s+)*(?:favou?rs|prefers|predicts|calls\s+for|brings|shows|indicates|is\s+for|is\s+in\s+agreement)\b`,
  // "This should cause the system to turn", "the ridge should maintain a slow track": "should"
  // as a forecast (see shouldAsForecast).
  String.raw`\bshould\s+(?:not\s+)?(?:(?:also|still|then|generally|gradually|slowly|at\s+least|further)\s+)*[a-z]+`,
];

const PATTERN = new RegExp(PATTERNS.map((p) => `(?:${p})`).join("|"), "g");
// A second forecast verb of the same forecaster: "the forecaster consensus is in agreement with
// this transition and then predicts a continuation". Read only after a judging phrase earlier in
// the sentence, whose subject it shares; the term is the verb, so "and then" stays free for
// cutting the sentence in two (clauses.ts).
const COORDINATED_VERB = /(?<=\band\s+(?:(?:then|also|now|still)\s+)?)(?:predicts|forecasts|expects|anticipates|favou?rs|prefers|calls\s+for)\b/g;
// A cheap pre-test: most sentences have none of the verbs.
const MAY_JUDGE = /assess|judg|estimat|anticipat|expect|forecast|predict|project|confiden|believ|favou?red|indicated|should|outlook/i;
// "We expect" read as a verb only when its subject opens the clause or follows a conjunction:
// "the forecasts we expect" and "what we assess" are relative, not a judgment stated here.
// "Faster than officials expect" compares with an expectation; it states none.
const RELATIVE_BEFORE = /\b(?:what|which|whom|who|whose|as|than)\s+$/i;

// "Should" is advice or duty as often as a forecast: "interests there should monitor its
// progress", "It should be noted", "Washington should press for talks". It is read as a forecast
// only when what follows is no verb of doing-as-told and its subject is no one who could be told.
const SHOULD_AS_ADVICE = /^should\s+(?:not\s+)?(?:be\s+(?:noted|aware|prepared|ready|vigilant|considered|reviewed|reported|used|taken)|monitor|consider|ensure|review|implement|take|prepare|contact|report|follow|use|apply|seek|avoid|refer|read|check|visit|call|note|remain\s+vigilant|press|push|act|support|adopt|continue\s+to\s+monitor|work|pay|plan|stay|listen|heed|evacuate|expect|know|urge|focus|prioriti[sz]e|invest|strengthen|encourage|engage|update|patch|install|enable|disable|report)\b/i;
const SUBJECT_TOLD = /\b(?:you|we|they|interests(?:\s+there)?|residents|users|people|persons|organi[sz]ations|policymakers|policy-makers|governments?|administrators|everyone|anyone|individuals|Congress|Washington|the\s+(?:United\s+States|US|U\.S\.|West|EU|administration|government|ministry|department|agency|public|committee|board|council|alliance)|states|countries|partners|allies|agencies|officials|analysts|readers|one|leaders|companies|businesses|employers|owners|operators|defenders|vendors|citizens)\s+$/i;

function shouldAsForecast(text: string, index: number, phrase: string): boolean {
  if (SHOULD_AS_ADVICE.test(phrase + text.slice(index + phrase.length, index + phrase.length + 30))) return false;
  const before = text.slice(Math.max(0, index - 40), index);
  if (SUBJECT_TOLD.test(before)) return false;
  // "If talks should fail", sentence-opening "Should talks fail": a condition, not a forecast;
  // "It should be noted" is a remark.
  if (/\b(?:if|unless|whether|in\s+case|lest)\b[^,;:]*$/i.test(before) || /(?:^|[.:;]\s*)$/.test(before)) return false;
  // "how the world should be governed": a question of what ought to be.
  if (/\b(?:how|what|where|why|who|which)\s+(?:[\w-]+\s+){0,3}$/i.test(before)) return false;
  return true;
}

export function findJudgingVerbs(original: string): JudgingMatch[] {
  if (!MAY_JUDGE.test(original)) return [];
  // Bulletins in capitals ("A RIDGE IS EXPECTED TO CONTINUE SHIFTING EASTWARD") read as lower
  // case; the patterns are case-sensitive only to tell an agency's initials from a word.
  const text = /[a-z]/.test(original) ? original : original.toLowerCase();
  const found: JudgingMatch[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const phrase = match[0];
    if (RELATIVE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    if (/^should\b/i.test(phrase) && !shouldAsForecast(text, match.index, phrase)) continue;
    found.push({ term: phrase.toLowerCase().replace(/\s+/g, " "), index: match.index, length: phrase.length });
  }
  if (found.length === 0) return found;
  for (const match of text.matchAll(COORDINATED_VERB)) {
    const after = found.some((f) => f.index + f.length <= match.index);
    const inside = found.some((f) => match.index < f.index + f.length && f.index < match.index + match[0].length);
    if (after && !inside) found.push({ term: match[0].toLowerCase().replace(/\s+/g, " "), index: match.index, length: match[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}
