/** X-axis ticks for the forecast timeline: whole UTC months over long spans, whole UTC days over short ones. */
const DAY_MS = 86_400_000;
/** Below about three months, month ticks would be too few to read dates from. */
const MONTH_TICKS_FROM_MS = 90 * DAY_MS;
const DAY_STEPS = [1, 2, 3, 5, 7, 14, 21, 28];
const MONTH_STEPS = [1, 2, 3, 4, 6, 12, 24, 60, 120];

export type TickUnit = "day" | "month";

export interface TimeTicks {
  unit: TickUnit;
  ticks: number[];
}

const MONTH_LABEL = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const DAY_LABEL = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "Aug 2021" for month ticks, "7 Nov" for day ticks. */
export function formatTick(t: number, unit: TickUnit): string {
  return (unit === "month" ? MONTH_LABEL : DAY_LABEL).format(t);
}

/** At most `maxTicks` ticks on round UTC dates within [lo, hi]; both ends as a fallback when none fits. */
export function timeTicks(lo: number, hi: number, maxTicks = 8): TimeTicks {
  const unit: TickUnit = hi - lo >= MONTH_TICKS_FROM_MS ? "month" : "day";
  const ticks = unit === "month" ? monthTicks(lo, hi, maxTicks) : dayTicks(lo, hi, maxTicks);
  return { unit, ticks: ticks.length > 0 ? ticks : lo === hi ? [lo] : [lo, hi] };
}

function dayTicks(lo: number, hi: number, maxTicks: number): number[] {
  const firstDay = Math.ceil(lo / DAY_MS);
  const lastDay = Math.floor(hi / DAY_MS);
  const step = pickStep(DAY_STEPS, lastDay - firstDay + 1, maxTicks);
  const ticks: number[] = [];
  // Aligned to multiples of the step since the epoch, so ticks stay put as the range grows.
  for (let day = Math.ceil(firstDay / step) * step; day <= lastDay; day += step) ticks.push(day * DAY_MS);
  return ticks;
}

function monthTicks(lo: number, hi: number, maxTicks: number): number[] {
  const start = new Date(lo);
  const end = new Date(hi);
  let first = start.getUTCFullYear() * 12 + start.getUTCMonth();
  if (Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1) < lo) first += 1;
  const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
  const step = pickStep(MONTH_STEPS, last - first + 1, maxTicks);
  const ticks: number[] = [];
  // Aligned on the calendar (quarters start in Jan/Apr/Jul/Oct, halves in Jan/Jul).
  for (let month = Math.ceil(first / step) * step; month <= last; month += step) {
    ticks.push(Date.UTC(Math.floor(month / 12), month % 12, 1));
  }
  return ticks;
}

function pickStep(steps: number[], count: number, maxTicks: number): number {
  for (const step of steps) if (Math.ceil(count / step) <= maxTicks) return step;
  return Math.ceil(count / maxTicks);
}
