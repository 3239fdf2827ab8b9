export const DAY_MS = 86_400_000;

/** Epoch time has no leap seconds, so every UTC midnight is a whole multiple of a day. */
export function startOfUtcDay(t: number): number {
  return Math.floor(t / DAY_MS) * DAY_MS;
}
