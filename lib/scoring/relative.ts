/**
 * Relative Brier, SPEC §5 (Good Judgment Open style). For each UTC day d from the day of an
 * analyst's first prediction through the day of `end`, every analyst's standing prediction is
 * their latest made at or before min(end of day d, end); analysts with none yet are not in that
 * day's crowd. rel_d = own Brier − median Brier of the crowd (own included); the score is the
 * mean of rel_d. Alone on a question, the median is one's own score, so it is 0.
 *
 * Rather than walk every day, this walks only the days on which someone predicted: between two
 * such days nobody's standing prediction changes, so neither does rel_d, and a run of n equal
 * days adds n·rel_d. (The test file checks it against a day-by-day walk.)
 */
import { median } from "./median";
import { cutoffOfDay, DAY_MS, startOfUtcDay } from "./window";

export interface BrierHistory {
  analystId: string;
  /** Non-empty, in standing order, none after `end`. */
  points: readonly { createdAt: number; brier: number }[];
}

export function relativeBriers(histories: readonly BrierHistory[], end: number): Map<string, number> {
  const changeDays = [...new Set(histories.flatMap((h) => h.points.map((p) => startOfUtcDay(p.createdAt))))].sort((a, b) => a - b);
  const afterLastDay = startOfUtcDay(end) + DAY_MS;
  const next = histories.map(() => 0);
  const standing: (number | undefined)[] = histories.map(() => undefined);
  const relativeSum = histories.map(() => 0);
  const dayCount = histories.map(() => 0);

  changeDays.forEach((day, i) => {
    const cutoff = cutoffOfDay(day, end);
    histories.forEach((history, h) => {
      while (next[h] < history.points.length && history.points[next[h]].createdAt <= cutoff) standing[h] = history.points[next[h]++].brier;
    });
    const days = ((i + 1 < changeDays.length ? changeDays[i + 1] : afterLastDay) - day) / DAY_MS;
    const crowd = standing.filter((b): b is number => b !== undefined);
    const crowdMedian = median(crowd);
    standing.forEach((own, h) => {
      if (own === undefined) return;
      relativeSum[h] += days * (own - crowdMedian);
      dayCount[h] += days;
    });
  });

  return new Map(histories.map((history, h) => [history.analystId, relativeSum[h] / dayCount[h]]));
}
