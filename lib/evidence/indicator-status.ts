import { DAY_MS, startOfUtcDay } from "./day";
import type { IndicatorFacts, IndicatorStatus } from "./types";

/** When the indicator was first observed: its earliest linked event, or null if it has none. */
export function firstObservedAt(indicator: Pick<IndicatorFacts, "eventTimes">): number | null {
  let first: number | null = null;
  for (const time of indicator.eventTimes) {
    if (first === null || time < first) first = time;
  }
  return first;
}

/** `expectedBy` names a day, so the indicator is late only from the following UTC midnight. */
export function overdueFrom(expectedBy: number): number {
  return startOfUtcDay(expectedBy) + DAY_MS;
}

/**
 * SPEC §2 status at time t. Retired indicators get a status too (the UI greys them); whether an
 * indicator counts as evidence is decided in implied.ts, not here.
 */
export function indicatorStatusAt(
  indicator: IndicatorFacts,
  t: number,
): { status: IndicatorStatus; observedAt: number | null } {
  const first = firstObservedAt(indicator);
  if (first !== null && first <= t) return { status: "observed", observedAt: first };
  if (indicator.expectedBy !== null && t >= overdueFrom(indicator.expectedBy)) {
    return { status: "overdue", observedAt: null };
  }
  return { status: "pending", observedAt: null };
}
