/**
 * The two estimative-language scales of SPEC §3. Numbers are what Signpost stores; these
 * tables only decide which words are shown beside a number, and which number a typed word means.
 */

export type ScaleId = "icd203" | "phia";

export interface Band {
  /** Primary term, as the scale's table spells it. */
  label: string;
  /** The scale's alternative term, if it has one. */
  alternative: string | null;
  lower: number;
  upper: number;
  lowerInclusive: boolean;
  upperInclusive: boolean;
  /** What a typed word maps to (SPEC §3). */
  midpoint: number;
}

function band(
  label: string,
  alternative: string | null,
  lower: number,
  upper: number,
  inclusive: "[]" | "[)" | "(]",
  midpoint: number,
): Band {
  return {
    label,
    alternative,
    lower,
    upper,
    lowerInclusive: inclusive[0] === "[",
    upperInclusive: inclusive[1] === "]",
    midpoint,
  };
}

/**
 * ICD 203: seven contiguous bands covering 0–100, mirror images around 50. Also the `icd203`
 * calibration bins of SPEC §5, which is why the edges and inclusivity are data, not code.
 */
export const ICD203_BANDS: readonly Band[] = [
  band("almost no chance", "remote", 0, 5, "[)", 3),
  band("very unlikely", "highly improbable", 5, 20, "[)", 12.5),
  band("unlikely", "improbable", 20, 45, "[)", 32.5),
  band("roughly even chance", "roughly even odds", 45, 55, "[]", 50),
  band("likely", "probable", 55, 80, "(]", 67.5),
  band("very likely", "highly probable", 80, 95, "(]", 87.5),
  band("almost certain", "nearly certain", 95, 100, "(]", 97),
];

/**
 * UK PHIA yardstick. The gaps between bands are deliberate (SPEC §3): a number inside one is
 * described as lying between its two neighbours, never forced into a word.
 */
export const PHIA_BANDS: readonly Band[] = [
  band("remote chance", null, 0, 5, "[]", 2.5),
  band("highly unlikely", null, 10, 20, "[]", 15),
  band("unlikely", null, 25, 35, "[]", 30),
  band("realistic possibility", null, 40, 50, "[)", 45),
  band("likely", "probably", 55, 75, "[]", 65),
  band("highly likely", null, 80, 90, "[]", 85),
  band("almost certain", null, 95, 100, "[]", 97.5),
];

export function bandsOf(scale: ScaleId): readonly Band[] {
  return scale === "phia" ? PHIA_BANDS : ICD203_BANDS;
}

export function isInBand(pct: number, b: Band): boolean {
  const aboveLower = b.lowerInclusive ? pct >= b.lower : pct > b.lower;
  const belowUpper = b.upperInclusive ? pct <= b.upper : pct < b.upper;
  return aboveLower && belowUpper;
}

function assertPercentage(pct: number): void {
  // A number outside 0–100 is a programming error upstream, not user input: fail loudly.
  if (!Number.isFinite(pct) || pct < 0 || pct > 100) {
    throw new RangeError(`probability must be a percentage between 0 and 100, got ${pct}`);
  }
}

/** Index of the band holding `pct`, or null when it falls in one of PHIA's gaps. */
export function bandIndexOf(pct: number, scale: ScaleId = "icd203"): number | null {
  assertPercentage(pct);
  const index = bandsOf(scale).findIndex((b) => isInBand(pct, b));
  return index === -1 ? null : index;
}

export interface ProbabilityDescription {
  words: string;
  alternative: string | null;
  inGap: boolean;
  /** For a gap value: the terms of the bands just below and just above it. */
  between: [string, string] | null;
  bandIndex: number | null;
}

export function describeProbability(
  pct: number,
  scale: ScaleId = "icd203",
): ProbabilityDescription {
  const bands = bandsOf(scale);
  const index = bandIndexOf(pct, scale);
  if (index !== null) {
    const b = bands[index];
    return { words: b.label, alternative: b.alternative, inGap: false, between: null, bandIndex: index };
  }
  // Bands are sorted, so the first band starting at or above pct is the upper neighbour.
  const above = bands.findIndex((b) => b.lower >= pct);
  const between: [string, string] = [bands[above - 1].label, bands[above].label];
  return {
    words: `between ${between[0]} and ${between[1]}`,
    alternative: null,
    inGap: true,
    between,
    bandIndex: null,
  };
}
