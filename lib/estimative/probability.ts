/**
 * The prediction rule of SPEC §2: each probability a percentage from 0.1 to 99.9 with at most
 * one decimal, the vector summing to 100 within ±0.05. Pure so the zod schemas can reuse it.
 */

export const MIN_PERCENT = 0.1;
export const MAX_PERCENT = 99.9;
export const SUM_TOLERANCE = 0.05;

/**
 * 12.3 * 10 is 123.00000000000001 in binary floating point, so "one decimal" is checked with a
 * tolerance far below the 0.1 step and far above the representation error.
 */
export function hasAtMostOneDecimal(value: number): boolean {
  const tenths = value * 10;
  return Math.abs(tenths - Math.round(tenths)) < 1e-6;
}

export function isInPercentRange(value: number): boolean {
  return value >= MIN_PERCENT && value <= MAX_PERCENT;
}

export interface ProbabilityIssue {
  /** Position in the vector, or null for an issue with the whole vector (its sum, its length). */
  index: number | null;
  message: string;
}

export type ProbabilityVectorResult = { ok: true } | { ok: false; issues: ProbabilityIssue[] };

function valueIssue(value: number): string | null {
  if (!Number.isFinite(value)) return "must be a number";
  if (!isInPercentRange(value)) return `must be between ${MIN_PERCENT} and ${MAX_PERCENT}, got ${value}`;
  if (!hasAtMostOneDecimal(value)) return `must have at most one decimal, got ${value}`;
  return null;
}

export function validateProbabilityVector(values: number[]): ProbabilityVectorResult {
  const issues: ProbabilityIssue[] = [];
  if (values.length === 0) issues.push({ index: null, message: "at least one probability is required" });
  values.forEach((value, index) => {
    const message = valueIssue(value);
    if (message) issues.push({ index, message });
  });
  if (values.length > 0 && values.every(Number.isFinite)) {
    const sum = values.reduce((total, v) => total + v, 0);
    // The 1e-9 absorbs binary rounding: 33.3 + 33.3 + 33.4 adds up to 100.00000000000001.
    if (Math.abs(sum - 100) > SUM_TOLERANCE + 1e-9) {
      issues.push({ index: null, message: `probabilities must sum to 100 (±${SUM_TOLERANCE}), got ${round(sum)}` });
    }
  }
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
