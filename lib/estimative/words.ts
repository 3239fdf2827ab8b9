/**
 * Typed words to probabilities (SPEC §3): a word maps to its band's midpoint; a number must
 * follow the prediction rule of SPEC §2; a vague word is refused so the analyst gives a number.
 */
import { MAX_PERCENT, MIN_PERCENT } from "./probability";
import { bandsOf, type ScaleId } from "./scales";
import { findVagueTerms } from "./vague";

/**
 * Accepted words per band, in band order: each scale's primary and alternative terms, plus the
 * everyday variants analysts type ("probably", "highly likely" on ICD 203, "remote chance").
 */
const WORDS: Record<ScaleId, readonly (readonly string[])[]> = {
  icd203: [
    ["almost no chance", "remote", "remote chance", "virtually no chance"],
    ["very unlikely", "highly improbable", "highly unlikely", "very improbable"],
    ["unlikely", "improbable", "probably not", "not likely"],
    ["roughly even chance", "roughly even odds", "roughly even", "even chance", "even odds", "as likely as not"],
    ["likely", "probable", "probably"],
    ["very likely", "highly probable", "highly likely", "very probable"],
    ["almost certain", "nearly certain", "almost certainly", "nearly certainly", "virtually certain"],
  ],
  phia: [
    ["remote chance", "remote"],
    ["highly unlikely", "very unlikely"],
    ["unlikely", "not likely", "probably not"],
    ["realistic possibility"],
    ["likely", "probably", "probable"],
    ["highly likely", "very likely"],
    ["almost certain", "almost certainly"],
  ],
};

const OTHER_SCALE: Record<ScaleId, ScaleId> = { icd203: "phia", phia: "icd203" };

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[.!]+$/, "")
    .replace(/^(a|an) /, "");
}

function midpointOn(scale: ScaleId, words: string): number | null {
  const index = WORDS[scale].findIndex((terms) => terms.includes(words));
  return index === -1 ? null : bandsOf(scale)[index].midpoint;
}

/**
 * A phrase of either yardstick is read on both, so a team that learnt the other one is
 * understood: the installation's scale decides a phrase both share ("likely" is 67.5 on ICD 203,
 * 65 on PHIA), and a phrase only the other scale has maps to the midpoint of its band on that
 * scale ("realistic possibility" is 45 and "roughly even chance" 50 whichever scale is chosen).
 */
export function probabilityFromWords(text: string, scale: ScaleId = "icd203"): number | null {
  const words = normalise(text);
  return midpointOn(scale, words) ?? midpointOn(OTHER_SCALE[scale], words);
}

export type ProbabilityInputError = "empty" | "vague" | "unrecognised" | "out_of_range" | "too_precise";

export type ProbabilityInput =
  | { ok: true; value: number; fromWords: boolean }
  | { ok: false; reason: ProbabilityInputError };

const NUMBER_INPUT = /^[-+]?(\d+|\d*\.\d+)\s*%?$/;

function parseNumber(text: string): ProbabilityInput {
  const value = Number(text.replace("%", "").trim());
  if (value < MIN_PERCENT || value > MAX_PERCENT) return { ok: false, reason: "out_of_range" };
  // Decided on the digits typed, not the float: "12.30" has one decimal, "12.34" two.
  const decimals = (text.split(".")[1] ?? "").replace(/[\s%]/g, "").replace(/0+$/, "");
  if (decimals.length > 1) return { ok: false, reason: "too_precise" };
  return { ok: true, value, fromWords: false };
}

/**
 * "0.3" is a valid 0.3%, but more often a share of one meant as 30%: the percentage it would be,
 * for the form to ask "did you mean 30%?". Null when the text is not a bare number between 0 and 1
 * (a typed "%" says the analyst meant a percentage).
 */
export function percentFromFraction(text: string): number | null {
  const trimmed = text.trim();
  if (!/^(0?\.\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed);
  if (value <= 0 || value >= 1) return null;
  const percent = Math.round(value * 1000) / 10;
  return Math.min(MAX_PERCENT, Math.max(MIN_PERCENT, percent));
}

/** Reads what an analyst typed in a probability field: "67.5", "67.5%", " 40 " or words. */
export function parseProbabilityInput(text: string, scale: ScaleId = "icd203"): ProbabilityInput {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  if (NUMBER_INPUT.test(trimmed)) return parseNumber(trimmed);
  const value = probabilityFromWords(trimmed, scale);
  if (value !== null) return { ok: true, value, fromWords: true };
  if (findVagueTerms(trimmed).length > 0) return { ok: false, reason: "vague" };
  return { ok: false, reason: "unrecognised" };
}
