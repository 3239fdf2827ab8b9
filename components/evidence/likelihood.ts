/** Diagnosticity in words, from the presets of SPEC §2 (1.5 weak, 3 moderate, 10 strong). */
export function likelihoodWords(ratio: number): string {
  if (ratio >= 10) return "strong";
  if (ratio >= 3) return "moderate";
  return "weak";
}
