/**
 * The title a key judgment gets when it becomes a pre-filled forecast: a short, readable clause
 * that names the event the probability is about. "Iran's proxies will likely sustain low-level
 * attacks until after the October elections, but ..." becomes "Iran's proxies sustain low-level
 * attacks until after the October elections":
 * - lead-ins go ("We assess that", "However,", "There is a 70% chance that");
 * - hedges go, since the forecast's numbers carry them: "will likely sustain" → "sustain",
 *   "is unlikely to resume" → "resumes", "likely ordered" → "ordered"; a negation that belongs
 *   to the estimative word ("will probably not hold", 32.5) goes with it ("holds");
 * - a clause that starts with a pronoun borrows the subject of its sentence ("they may expand"
 *   → "Iran's proxies expand");
 * - a title longer than TITLE_MAX is cut before a function word or after a comma, never inside
 *   a word, with no dangling "of the" and no ellipsis.
 */

export const TITLE_MAX = 100;

const LEAD_INS: readonly RegExp[] = [
  /^(?:however|moreover|furthermore|additionally|also|therefore|thus|overall|still|meanwhile|consequently|nonetheless|nevertheless|instead|alternatively|finally|in\s+addition|as\s+a\s+result|in\s+short|in\s+sum|in\s+all\s+likelihood|in\s+either\s+(?:of\s+these\s+)?(?:case|scenario)s?)\s*,?\s+/i,
  // "We assess (with moderate confidence) that", "Analysts judge it 70% likely that".
  /^(?:we|i|analysts?|the\s+(?:ic|intelligence\s+community))\s+(?:(?:also|still|now|further|continue\s+to)\s+)?(?:assess(?:es)?|judge[sd]?|believe[sd]?|estimate[sd]?|think|thinks|expect[sd]?|anticipate[sd]?|forecast[s]?|predict[s]?|conclude[sd]?)\b(?:\s*,?\s*with\s+(?:low|moderate|medium|high)\s+confidence,?)?(?:\s+it\s+[^,]{0,30}?\b(?:likely|unlikely|probable|improbable|certain|possible)|\s+(?:a|an)\s+[^,]{0,30}?\b(?:chance|probability|likelihood|possibility))?\s+(?:that\s+)?/i,
  // "It is likely that", "There is a 70% chance that", "There is a good chance".
  /^(?:it\s+(?:is|remains|seems|appears)|it['’]s|there\s+(?:is|remains)|there['’]s)\s+[^,]{0,40}?\b(?:likely|unlikely|probable|improbable|certain|possible|chance|possibility|probability|likelihood|odds)\s+that\s+/i,
];

const HEDGE = String.raw`(?:(?:very|highly|most|almost|nearly|virtually)\s+)?(?:likely|probably|possibly|perhaps|certainly|conceivably|also)`;
const MODAL = String.raw`(?:will|would|shall|may|might|could|can)`;
// Estimative negations read as "unlikely": the title states the event, the number its chance.
const ESTIMATIVE_NOT = /^(?:likely|probably)\s+not$/i;

// Adverbs are listed or end like one ("unilaterally", "quietly"), not like a verb ("rally", "rely").
const ADVERB = String.raw`(?:still|even|again|soon|then|eventually|now|further|\w{3,}ally|\w+(?:ive|ous|ent|ant|ate|et|ick|ow|ear)ly)`;
/**
 * "will likely not sustain", "may also expand", "could still unilaterally order". Case-sensitive:
 * a capital "May" is the month or a name.
 */
const MODAL_GROUP = new RegExp(String.raw`\b${MODAL}((?:\s+${HEDGE})*)(\s+not)?((?:\s+${ADVERB})*)\s+(?<verb>[a-z][\w'’-]*)`);
/** "is unlikely to resume", "are almost certain to be delayed". */
const PREDICATE_GROUP = /\b(?:is|are|remains?|seems?|appears?)\s+(?:(?:very|highly|almost|nearly|virtually)\s+)?(?:likely|unlikely|probable|improbable|certain)\s+to\s+(?<verb>[a-z][\w'’-]*)/i;
const INTENSIFIER = String.raw`(?:very|highly|most|almost|nearly|virtually)`;
/**
 * A hedging adverb before a word it does not govern as "likely to" or "likely that". After an
 * article it is an adjective ("the most likely course") and stays.
 */
const LOOSE_HEDGE = new RegExp(String.raw`(?<!\b(?:(?:the|a|an)\s+(?:${INTENSIFIER}\s+)?|${INTENSIFIER}\s+))\b${HEDGE}\s+(?!(?:to|that|than|and|or|but)\b)(?=[\w'’])`, "gi");

const PRONOUN_SUBJECT = /^(?:they|it|he|she)\b/i;
// The subject of a sentence: a few words before its first verb or estimative word.
const SUBJECT = /^((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:will|would|may|might|could|can|is|are|was|were|has|have|had|remains?|likely|probably|almost|very)\b/i;

/** Subjects that end in "s" but take a singular verb. */
const SINGULAR_IN_S = /\b(?:united\s+states|united\s+nations|united\s+arab\s+emirates|netherlands|philippines|news|politics)$/i;

// "Iran and its proxies", "Iran and Hezbollah"; not "Iranian and proxy rhetoric".
const COMPOUND = /\band\s+(?:its|the|their|his|her|[A-Z])/;

function isPlural(subject: string): boolean {
  const s = subject.trim();
  if (COMPOUND.test(s) || /\b(?:they|we|you|i|both|these|those)\b/i.test(s) || /^(?:some|many|several|most|few)\b/i.test(s)) return true;
  if (SINGULAR_IN_S.test(s)) return false;
  const head = s.split(/\s+/).pop() ?? "";
  return /[^s'’u]s$/i.test(head) || /ies$/i.test(head);
}

const IRREGULAR: Record<string, [string, string]> = { be: ["is", "are"], have: ["has", "have"], do: ["does", "do"], go: ["goes", "go"] };

/** The present tense of a base verb for `subject`: "sustain" → "sustains" after "Iran". */
export function presentTense(verb: string, subject: string): string {
  const plural = isPlural(subject);
  const lower = verb.toLowerCase();
  if (lower in IRREGULAR) return IRREGULAR[lower][plural ? 1 : 0];
  if (plural) return verb;
  if (/(?:s|sh|ch|x|z|o)$/i.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/i.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

// "probably will not hold" is "will probably not hold"; "likely won't hold" is "will likely not hold".
const HEDGE_BEFORE_NEGATED_MODAL = /\b(probably|likely)\s+(?:(will|would|could|can|should)\s+not|(wo|would|could|ca|should)n['’]t)\b/gi;
const FULL_MODAL: Record<string, string> = { wo: "will", ca: "can" };

function hedgeAfterModal(text: string): string {
  return text.replace(HEDGE_BEFORE_NEGATED_MODAL, (_m, hedge: string, modal?: string, short?: string) => {
    const full = modal ?? FULL_MODAL[short!.toLowerCase()] ?? short!;
    return `${full} ${hedge} not`;
  });
}

function stripLeadIns(text: string): string {
  let result = text;
  for (let pass = 0; pass < 3; pass++) {
    const before = result;
    for (const lead of LEAD_INS) result = result.replace(lead, "");
    if (result === before) break;
  }
  return result;
}

/**
 * Only the main verb of the clause is rewritten: a modal after a comma, a relative pronoun or a
 * long stretch of words belongs to a subclause ("capabilities that could reach").
 */
function isMainSubject(subject: string): boolean {
  return subject.trim().split(/\s+/).length <= 6 && !/[,;:]|\b(?:that|which|who|whom|where|when|if)\b/i.test(subject);
}

/** Replaces the first modal group with a present-tense verb, keeping a plain negation. */
function dropModal(text: string): string {
  const match = MODAL_GROUP.exec(text);
  if (!match?.groups) return text;
  const subject = text.slice(0, match.index);
  if (!isMainSubject(subject)) return text;
  const hedges = match[1].trim();
  const negated = Boolean(match[2]);
  const adverbs = match[3].trim().replace(/\b(?:also|still|even)\b\s*/gi, "").trim();
  const verb = match.groups.verb;
  let group: string;
  if (negated && !ESTIMATIVE_NOT.test(`${hedges.split(/\s+/).pop() ?? ""} not`)) {
    // "may not attack": the negation is the author's claim, not a hedge.
    group = ["will not", adverbs, verb].filter(Boolean).join(" ");
  } else {
    group = [adverbs, presentTense(verb, subject)].filter(Boolean).join(" ");
  }
  return `${subject}${group}${text.slice(match.index + match[0].length)}`;
}

function dropPredicate(text: string): string {
  const match = PREDICATE_GROUP.exec(text);
  if (!match?.groups) return text;
  const subject = text.slice(0, match.index);
  if (!isMainSubject(subject)) return text;
  return `${subject}${presentTense(match.groups.verb, subject)}${text.slice(match.index + match[0].length)}`;
}

function subjectOf(sentence: string): string | null {
  const match = SUBJECT.exec(stripLeadIns(sentence));
  return match && !PRONOUN_SUBJECT.test(match[1]) ? match[1] : null;
}

const FUNCTION_WORDS = new Set(
  (
    "the a an of to and or but nor in on at for with by from into onto until till after before during through toward towards than as " +
    "that which who whom whose while when where if unless because since so its their his her our this these those is are was were be " +
    "been will would may might could should not such also even including between against about around over under upon within without"
  ).split(" "),
);

// Words a cut title must not end on: they promise more ("until the end", "likely").
const DANGLING = new Set([...FUNCTION_WORDS, "likely", "probably", "possibly", "perhaps", "more", "less", "end", "beginning", "start", "middle", "rest", "remainder"]);
const TRIM_END = /[\s,;:—–(-]+$/;

function stripDanglingEnd(text: string): string {
  let result = text.replace(TRIM_END, "");
  // An unclosed bracket or quotation would dangle.
  for (const [open, close] of [["(", ")"], ["“", "”"]]) {
    const at = result.lastIndexOf(open);
    if (at > 0 && result.indexOf(close, at) === -1) result = result.slice(0, at).replace(TRIM_END, "");
  }
  if ((result.match(/"/g) ?? []).length % 2 === 1) result = result.slice(0, result.lastIndexOf('"')).replace(TRIM_END, "");
  for (;;) {
    const words = result.split(/\s+/);
    const last = words[words.length - 1]?.toLowerCase().replace(/[^\w'’]/g, "");
    if (words.length <= 1 || !DANGLING.has(last)) break;
    result = words.slice(0, -1).join(" ").replace(TRIM_END, "");
  }
  return result;
}

// Where a clause or a new phrase of its own begins.
const CLAUSE_WORDS = new Set(["and", "but", "while", "whereas", "which", "who", "because", "if", "unless", "although", "though", "as", "even"]);

/**
 * The longest prefix of at most `max` characters that ends at a phrase boundary: before a
 * function word or after a comma; a clause boundary ("and may expand") is preferred when it
 * keeps most of the room.
 */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let phrase = -1;
  let clause = -1;
  for (let i = 1; i <= max && i < text.length; i++) {
    if (text[i] !== " ") continue;
    const next = /^\s*([\w'’]+)/.exec(text.slice(i))?.[1]?.toLowerCase() ?? "";
    const afterPunctuation = /[,;:—–)]$/.test(text.slice(0, i));
    if (afterPunctuation || FUNCTION_WORDS.has(next)) phrase = i;
    if (afterPunctuation || CLAUSE_WORDS.has(next)) clause = i;
  }
  const cut = clause >= max * 0.6 ? clause : phrase >= max / 3 ? phrase : text.lastIndexOf(" ", max);
  return stripDanglingEnd(text.slice(0, cut > 0 ? cut : max));
}

/** A clause of a split sentence starting "they ..." gets the sentence's subject. */
function withSubject(clause: string, sentence: string): string {
  if (!PRONOUN_SUBJECT.test(clause) || sentence === clause) return clause;
  const subject = subjectOf(sentence);
  return subject ? clause.replace(PRONOUN_SUBJECT, subject) : clause;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The pre-filled statement for the judgment `clause` of `sentence`: the author's words, hedges
 * and all, as a sentence of its own. A whole sentence is kept as it is; a clause cut from one
 * gets a capital, a full stop and, for "they may expand...", the sentence's subject.
 */
export function forecastStatement(clause: string, sentence: string = clause): string {
  if (clause === sentence) return sentence;
  const text = withSubject(clause.trim().replace(/[\s,;:—–-]+$/, ""), sentence);
  return capitalised(/[.!?]["”’)]*$/.test(text) ? text : `${text}.`);
}

/**
 * A forecast title for the judgment `clause`, taken from `sentence` (the whole sentence when
 * the clause is one of two judgments in it).
 */
export function forecastTitle(clause: string, sentence: string = clause, max: number = TITLE_MAX): string {
  let text = clause.trim().replace(/^[*_"“‘(]+|[*_"”’).!?;:,]+$/g, "").replace(/\s+/g, " ");
  text = withSubject(stripLeadIns(text), sentence);
  text = dropPredicate(dropModal(hedgeAfterModal(text))).replace(LOOSE_HEDGE, "");
  return shorten(capitalised(text.replace(/\s+/g, " ").trim()), max);
}
