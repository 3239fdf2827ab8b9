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
 * PHIA has no even-odds band, so "roughly even chance" means nothing on it.
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

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").replace(/[.!]+$/, "");
}

export function probabilityFromWords(text: string, scale: ScaleId = "icd203"): number | null {
  const words = normalise(text);
  const index = WORDS[scale].findIndex((terms) => terms.includes(words));
  return index === -1 ? null : bandsOf(scale)[index].midpoint;
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
