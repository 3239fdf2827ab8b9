/** Admiralty (NATO) source grading, SPEC §2: a letter for the source, a digit for the information. */
export type Reliability = "A" | "B" | "C" | "D" | "E" | "F";
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export const RELIABILITY_LABELS: Readonly<Record<Reliability, string>> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

export const CREDIBILITY_LABELS: Readonly<Record<Credibility, string>> = {
  1: "Confirmed by other sources",
  2: "Probably true",
  3: "Possibly true",
  4: "Doubtful",
  5: "Improbable",
  6: "Truth cannot be judged",
};

export function isReliability(value: string): value is Reliability {
  return Object.hasOwn(RELIABILITY_LABELS, value);
}

export function isCredibility(value: number): value is Credibility {
  return Object.hasOwn(CREDIBILITY_LABELS, value);
}

/**
 * "B2 — usually reliable source, probably true"; "Ungraded" when neither half is set. A half that
 * is missing says so rather than vanishing, and an unknown code is shown as given, never dropped.
 */
export function formatGrading(reliability: string | null, credibility: number | null): string {
  const letter = reliability?.trim().toUpperCase() || null;
  if (letter === null && credibility === null) return "Ungraded";
  const code = `${letter ?? ""}${credibility ?? ""}`;
  return `${code} — ${reliabilityPhrase(letter)}, ${credibilityPhrase(credibility)}`;
}

function reliabilityPhrase(letter: string | null): string {
  if (letter === null) return "reliability not graded";
  if (!isReliability(letter)) return "unknown reliability grade";
  // "F" already names what it grades; the others describe the source.
  return letter === "F" ? "source reliability cannot be judged" : `${RELIABILITY_LABELS[letter].toLowerCase()} source`;
}

function credibilityPhrase(credibility: number | null): string {
  if (credibility === null) return "credibility not graded";
  if (!isCredibility(credibility)) return "unknown credibility grade";
  return CREDIBILITY_LABELS[credibility].toLowerCase();
}
