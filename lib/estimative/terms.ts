/**
 * Finds estimative terms of both yardsticks (ICD 203 and UK PHIA) and comparatives in a sentence.
 * Each term knows its band on each scale that has the word: "likely" is on both, "realistic
 * possibility" only on PHIA, "roughly even chance" and "almost no chance" only on ICD 203.
 * Which band decides is extraction's business (extract.ts): the installation's scale where the
 * word is on both, else the scale the word belongs to.
 */
import { bandIndexOf, ICD203_BANDS, PHIA_BANDS, type ScaleId } from "./scales";
import { normaliseTerm } from "./vague";

export type TermKind = "estimative" | "comparative";

export interface TermMatch {
  term: string;
  index: number;
  length: number;
  kind: TermKind;
  /** ICD 203 band the term expresses; null for a comparative, which states no level. */
  bandIndex: number | null;
  /** The percentage the term means (its band's midpoint); null for a comparative. */
  probability: number | null;
  /** The term's band index on each scale that has the word; empty for a comparative. */
  bands: Partial<Record<ScaleId, number>>;
}

interface TermRule {
  source: string;
  kind: TermKind;
  bandIndex: number | null;
  probability: number | null;
  bands: Partial<Record<ScaleId, number>>;
}

const NEGATOR = String.raw`(?:\b\w+n['’]t|\bnot|\bnever|\bno\s+longer|\bhardly)`;
const POSITIVE = String.raw`(?:likely|probable|probably)`;
const ANY_LIKELY = String.raw`(?:likely|unlikely|probable|improbable)`;
// "remote" alone is mostly about places ("remote areas"); it is estimative only as a chance.
const REMOTE_AS_CHANCE = String.raw`\bremote\s+(?:chance|possibility|likelihood|probability|prospects?)\b`;
const REMOTE_AS_PREDICATE = String.raw`(?<=\b(?:is|are|was|were|remains?|seems?|appears?|looks?)\s+(?:very\s+|extremely\s+)?)remote(?=\s*(?:[.,;:!?)]|$)|\s+(?:but|and|at\s+best)\b)`;

/** A word on both scales: the same band index on each (the scales have seven bands in the same order). */
const estimative = (source: string, bandIndex: number): TermRule => ({
  source,
  kind: "estimative",
  bandIndex,
  probability: ICD203_BANDS[bandIndex].midpoint,
  bands: { icd203: bandIndex, phia: bandIndex },
});
/** A word only ICD 203 has ("roughly even chance", "almost no chance"). */
const icd203Only = (source: string, bandIndex: number): TermRule => ({ ...estimative(source, bandIndex), bands: { icd203: bandIndex } });
const comparative = (source: string): TermRule => ({ source, kind: "comparative", bandIndex: null, probability: null, bands: {} });
const REALISTIC_POSSIBILITY = PHIA_BANDS[3].midpoint;
// "Unlikely but possible" is unlikely: the "possible" only says it is not ruled out. So is
// "unlikely, but not impossible,": litotes for the same.
const BUT_POSSIBLE = String.raw`\s*,?\s+(?:but|though|yet)\s+(?:still\s+)?(?:possible|conceivable|not\s+(?:impossible|inconceivable))\b`;

/**
 * Order matters where two rules can start at the same word: the longer reading comes first
 * ("more likely than not" before "more likely", "likely not" before "likely").
 */
const RULES: readonly TermRule[] = [
  // A probability stated as a comparison with its complement is a level, not a comparative.
  estimative(String.raw`\bmore\s+${POSITIVE}\s+than\s+not\b`, 4),
  icd203Only(String.raw`\bas\s+likely\s+as\s+not\b`, 3),
  comparative(String.raw`\b(?:more|less|most|least|increasingly)\s+${ANY_LIKELY}\b`),
  comparative(String.raw`\b(?:just|equally|twice|half)\s+as\s+${POSITIVE}\b`),
  comparative(String.raw`\bas\s+${POSITIVE}\s+as\b`),
  comparative(String.raw`\bequally\s+${POSITIVE}\b`),
  comparative(String.raw`\blikeli(?:er|est)\b`),
  // Negated "likely" reads as "unlikely"; a negated "unlikely" is litotes, left to vague.ts.
  estimative(String.raw`${NEGATOR}\s+(?:(?:very|highly|so|that)\s+)?${POSITIVE}\b`, 2),
  estimative(String.raw`\b(?:probably|likely)\s+not\b`, 2),
  // The hedge before a negated modal says the same: "probably will not", "likely won't".
  estimative(String.raw`\b(?:probably|likely)\s+(?:(?:will|would|could|can|should)\s+not\b|(?:won|wouldn|couldn|can|shouldn)['’]t\b)`, 2),
  estimative(String.raw`\b(?:almost|nearly|virtually)\s+certain(?:ly)?\b`, 6),
  icd203Only(String.raw`\b(?:almost|virtually)\s+no\s+chance\b`, 0),
  estimative(REMOTE_AS_CHANCE, 0),
  estimative(REMOTE_AS_PREDICATE, 0),
  estimative(String.raw`\b(?:very|highly)\s+(?:unlikely|improbable)${BUT_POSSIBLE}`, 1),
  estimative(String.raw`\b(?:unlikely|improbable)${BUT_POSSIBLE}`, 2),
  {
    source: String.raw`\brealistic\s+possibility\b`,
    kind: "estimative",
    bandIndex: bandIndexOf(REALISTIC_POSSIBILITY),
    probability: REALISTIC_POSSIBILITY,
    bands: { phia: 3 },
  },
  estimative(String.raw`\b(?:very|highly)\s+(?:unlikely|improbable)\b`, 1),
  estimative(String.raw`\b(?:very|highly)\s+(?:likely|probable)\b`, 5),
  icd203Only(String.raw`\broughly\s+even\s+(?:chance|odds)\b`, 3),
  icd203Only(String.raw`\beven\s+(?:chance|odds)\b`, 3),
  estimative(String.raw`\b(?:unlikely|improbable)\b`, 2),
  estimative(String.raw`\bin\s+all\s+likelihood\b`, 4),
  estimative(String.raw`\b${POSITIVE}\b`, 4),
];

const TERM_PATTERN = new RegExp(RULES.map((rule) => `(${rule.source})`).join("|"), "gi");

function ruleOf(match: RegExpMatchArray): TermRule {
  // Each rule is one capturing group and rules have no groups of their own.
  const group = match.findIndex((value, i) => i > 0 && value !== undefined);
  return RULES[group - 1];
}

export function findEstimativeTerms(text: string): TermMatch[] {
  const found: TermMatch[] = [];
  for (const match of text.matchAll(TERM_PATTERN)) {
    const rule = ruleOf(match);
    found.push({
      term: normaliseTerm(match[0]),
      index: match.index,
      length: match[0].length,
      kind: rule.kind,
      bandIndex: rule.bandIndex,
      probability: rule.probability,
      bands: rule.bands,
    });
  }
  return found;
}
