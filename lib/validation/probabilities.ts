import { z } from "zod";
import { hasAtMostOneDecimal, MAX_PERCENT, MIN_PERCENT, SUM_TOLERANCE } from "@/lib/estimative/probability";

/** A percentage as SPEC §2 allows it: 0.1 to 99.9 with at most one decimal. */
export const percentage = z
  .number({ error: "must be a number (a percentage)" })
  .finite("must be a finite number")
  .min(MIN_PERCENT, `must be at least ${MIN_PERCENT}`)
  .max(MAX_PERCENT, `must be at most ${MAX_PERCENT}`)
  .refine((value) => hasAtMostOneDecimal(value), "must have at most one decimal");

export function sumsToHundred(values: number[]): boolean {
  const sum = values.reduce((total, value) => total + value, 0);
  return Math.abs(sum - 100) <= SUM_TOLERANCE + 1e-9;
}

export function describeSum(values: number[]): string {
  const sum = values.reduce((total, value) => total + value, 0);
  return `must sum to 100 (they sum to ${Math.round(sum * 100) / 100})`;
}

export function toTenths(pct: number): number {
  return Math.round(pct * 10);
}

export function fromTenths(tenths: number): number {
  return tenths / 10;
}
