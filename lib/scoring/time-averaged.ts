/**
 * Time-averaged score, SPEC §5: each prediction counts for the time it stood, from its createdAt
 * until the analyst's next prediction or the end: Σ score_i·Δt_i / Σ Δt_i, in milliseconds.
 * When Σ Δt_i = 0 (every prediction made exactly at the end) it is the final prediction's score.
 */

export interface TimedScore {
  createdAt: number;
  score: number;
}

/** Bare math: `points` non-empty, in standing order, none after `end`. */
export function timeAveraged(points: readonly TimedScore[], end: number): number {
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const until = i + 1 < points.length ? points[i + 1].createdAt : end;
    const stood = until - points[i].createdAt;
    weighted += points[i].score * stood;
    total += stood;
  }
  return total === 0 ? points[points.length - 1].score : weighted / total;
}
