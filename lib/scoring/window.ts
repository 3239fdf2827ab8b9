import { DAY_MS, startOfUtcDay } from "@/lib/evidence/day";

/**
 * SPEC §5: the scoring window ends when the question closes or when its outcome became known,
 * whichever is first. A resolution before the horizon must not let analysts score on what was
 * already known.
 */
export function scoringEnd(closesAt: number, outcomeKnownAt: number): number {
  return Math.min(closesAt, outcomeKnownAt);
}

/** A prediction counts when it was made at or before the end; after it, it is late. */
export function isLate(createdAt: number, end: number): boolean {
  return createdAt > end;
}

/** The last moment that counts for UTC day `dayStart`: its final millisecond, or `end` if sooner. */
export function cutoffOfDay(dayStart: number, end: number): number {
  return Math.min(dayStart + DAY_MS - 1, end);
}

export { DAY_MS, startOfUtcDay };
