import { bandsOf, type ScaleId } from "@/lib/estimative/scales";
import { findVagueTerms } from "@/lib/estimative/vague";
import { parseProbabilityInput, percentFromFraction, type ProbabilityInputError } from "@/lib/estimative/words";

/** What a probability box holds, as the forms need it: nothing yet, a number, or a problem in words. */
export type ProbabilityReading =
  | { kind: "empty" }
  | { kind: "value"; value: number; fromWords: boolean; /** "0.3": did you mean 30%? */ asPercent: number | null }
  | { kind: "problem"; message: string };

const EXAMPLE = "a number such as 30, or words such as “likely”";

export function readProbability(text: string, scale: ScaleId): ProbabilityReading {
  const parsed = parseProbabilityInput(text, scale);
  if (parsed.ok) return { kind: "value", value: parsed.value, fromWords: parsed.fromWords, asPercent: parsed.fromWords ? null : percentFromFraction(text) };
  if (parsed.reason === "empty") return { kind: "empty" };
  return { kind: "problem", message: problemMessage(parsed.reason, text) };
}

/** The words a person reads beside a box that could not be read. */
function problemMessage(reason: Exclude<ProbabilityInputError, "empty">, text: string): string {
  switch (reason) {
    case "out_of_range":
      return "Probabilities run from 0.1 to 99.9: nothing is certain.";
    case "too_precise":
      return `Use at most one decimal, such as ${oneDecimalNear(text)}.`;
    case "vague": {
      const term = findVagueTerms(text)[0]?.term.toLowerCase() ?? text.trim();
      return `“${term}” has no agreed probability: type ${EXAMPLE}.`;
    }
    case "unrecognised":
      return `Type ${EXAMPLE}.`;
  }
}

/** The message for a box left empty. */
export const EMPTY_PROBABILITY = `Enter a probability: ${EXAMPLE}.`;

/** "32.55" → "32.5 or 32.6": the two one-decimal numbers either side, from the digits typed. */
function oneDecimalNear(text: string): string {
  const value = Number(text.replace("%", "").trim());
  const lower = Math.floor(value * 10 + 1e-9) / 10;
  return `${lower} or ${Math.round((lower + 0.1) * 10) / 10}`;
}

/** The fieldset's note: what a typed word becomes on this installation's scale, and on the other. */
export function wordsExample(scale: ScaleId): string {
  const likely = bandsOf(scale)[4].midpoint;
  return scale === "phia"
    ? `“likely” becomes ${likely}, “realistic possibility” ${bandsOf("phia")[3].midpoint}; ICD 203 phrases such as “roughly even chance” (${bandsOf("icd203")[3].midpoint}) are read too`
    : `“likely” becomes ${likely}, “roughly even chance” ${bandsOf("icd203")[3].midpoint}; UK PHIA phrases such as “realistic possibility” (${bandsOf("phia")[3].midpoint}) are read too`;
}
