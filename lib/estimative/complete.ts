/**
 * Helpers that complete a probability vector as an analyst types it, in whole tenths of a
 * percent so the result always satisfies SPEC §2 (0.1 to 99.9, one decimal, sum 100).
 */
import { MAX_PERCENT, MIN_PERCENT } from "./probability";

const TENTHS_IN_HUNDRED = 1000;
const MIN_TENTHS = Math.round(MIN_PERCENT * 10);
const MAX_TENTHS = Math.round(MAX_PERCENT * 10);

const toTenths = (pct: number) => Math.round(pct * 10);
const fromTenths = (tenths: number) => tenths / 10;

export interface Remainder {
  /** The one box still empty. */
  index: number;
  /** What it needs for the total to be 100. */
  value: number;
}

/**
 * "Fill the rest": when every box but one holds a number, what the last one needs for the total
 * to be 100 (No = 100 − Yes). Null when more than one box is open, or when the rest would be
 * outside 0.1–99.9 (the others already reach 100).
 */
export function remainderOf(values: (number | null)[]): Remainder | null {
  const open = values.flatMap((value, index) => (value === null ? [index] : []));
  if (open.length !== 1 || values.length < 2) return null;
  const taken = values.reduce<number>((sum, value) => sum + toTenths(value ?? 0), 0);
  const rest = TENTHS_IN_HUNDRED - taken;
  if (rest < MIN_TENTHS || rest > MAX_TENTHS) return null;
  return { index: open[0], value: fromTenths(rest) };
}

/**
 * "Normalise": scales the numbers to add up to 100 while keeping their proportions, rounded to
 * tenths by the largest-remainder method (so 33.3 + 33.3 + 33.4, not three 33.3s), and no box
 * below 0.1. Null when there is nothing to scale (an empty list, or a total of zero).
 */
export function normaliseToHundred(values: number[]): number[] | null {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (values.length === 0 || !(total > 0) || values.some((value) => !(value >= 0))) return null;
  const exact = values.map((value) => (value / total) * TENTHS_IN_HUNDRED);
  const tenths = exact.map((share) => Math.max(MIN_TENTHS, Math.floor(share)));
  let missing = TENTHS_IN_HUNDRED - tenths.reduce((sum, t) => sum + t, 0);
  // Hand the tenths still missing to the largest remainders first; take any excess (from raising
  // a tiny share to 0.1) from the largest boxes.
  const byRemainder = exact.map((share, index) => ({ index, remainder: share - Math.floor(share) })).sort((a, b) => b.remainder - a.remainder);
  for (let i = 0; missing > 0; i = (i + 1) % byRemainder.length, missing--) tenths[byRemainder[i].index]++;
  while (missing < 0) {
    const largest = tenths.indexOf(Math.max(...tenths));
    tenths[largest]--;
    missing++;
  }
  if (tenths.some((t) => t < MIN_TENTHS || t > MAX_TENTHS)) return null;
  return tenths.map(fromTenths);
}
