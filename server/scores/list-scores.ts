import "server-only";
import { getDb, type Conn } from "@/db/client";
import { rawScoreSums } from "@/db/queries/calibration";
import { decodeScoreRowCursor, encodeScoreRowCursor, scoreRows, type ScoreFilter } from "@/db/queries/scores";
import { AGGREGATE_ANALYST, tallyScope, tallyScoreSums, type ScoreSums } from "@/db/queries/tallies";
import { namesOf } from "@/db/queries/users";
import { canReadAllScores, canReadScoresOf, type Actor } from "@/lib/auth/policy";
import { BadRequest, Forbidden } from "@/lib/errors";
import { outcomeKnownBounds, type ScoreFilterQuery } from "@/lib/validation/score-filters";
import { DEFAULT_ROWS, type ScoreRowsPage } from "@/lib/validation/score-rows-page";

export interface AnalystScoresDto {
  analystId: string;
  name: string;
  email: string;
  forecasts: number;
  meanFinalBrier: number;
  meanTimeAveragedBrier: number;
  meanRelativeBrier: number;
  meanFinalLogScore: number;
}

export interface ForecastScoresDto {
  forecastId: string;
  analystId: string;
  finalBrier: number;
  timeAveragedBrier: number;
  relativeBrier: number;
  finalLogScore: number;
  timeAveragedLogScore: number;
}

export interface ScoresDto {
  analysts: AnalystScoresDto[];
  forecasts: ForecastScoresDto[];
  aggregate: { forecasts: number; meanFinalBrier: number | null; meanTimeAveragedBrier: number | null; meanFinalLogScore: number | null };
}

export interface ScoresPage extends ScoresDto {
  /** Where `forecasts` continues (`forecastsCursor`), or null when it is complete. */
  forecastsNextCursor: string | null;
}

/**
 * GET /api/v1/scores: per analyst, the forecasts scored and the four means over SPEC §5's
 * filters, the (analyst, forecast) rows a page at a time (`forecastsLimit`, default 1,000, at
 * most 5,000, most recently known outcome first; `forecastsNextCursor` continues), and the
 * aggregate. Reviewers and managers read everyone's; anyone else reads only their own (another
 * analyst's `analystId` is a 403), team filters included.
 */
export async function listScores(actor: Actor, query: ScoreFilterQuery, page: ScoreRowsPage = { forecastsLimit: DEFAULT_ROWS }): Promise<ScoresPage> {
  authoriseScores(actor, query);
  const after = page.forecastsCursor === undefined ? null : decodeScoreRowCursor(page.forecastsCursor);
  if (page.forecastsCursor !== undefined && after === null) throw new BadRequest("forecastsCursor: is not a cursor this list gave out", [{ field: "forecastsCursor", message: "is not a cursor this list gave out" }]);
  const [summary, rows] = await Promise.all([scoreSummary(actor, query), scoreRows(getDb(), scoreFilterOf(actor, query), page.forecastsLimit, after)]);
  const forecasts = rows.slice(0, page.forecastsLimit).map((r) => ({
    forecastId: r.forecastId,
    analystId: r.analystId,
    finalBrier: r.finalBrier,
    timeAveragedBrier: r.timeAveragedBrier,
    relativeBrier: r.relativeBrier,
    finalLogScore: r.finalLogScore,
    timeAveragedLogScore: r.timeAveragedLogScore,
  }));
  const last = rows[page.forecastsLimit - 1];
  return {
    analysts: summary.analysts,
    forecasts,
    aggregate: summary.aggregate,
    forecastsNextCursor: rows.length > page.forecastsLimit && last ? encodeScoreRowCursor({ outcomeKnownAt: last.outcomeKnownAt, forecastId: last.forecastId, analystId: last.analystId }) : null,
  };
}

/**
 * The means alone, with the same rights: what the scores page shows, without reading every row.
 * Sums come from the tallies where the filter allows (everyone, a tag, a confidence, a report,
 * whole months), from the stored rows otherwise (an analyst's, a team's, partial months).
 */
export async function scoreSummary(actor: Actor, query: ScoreFilterQuery): Promise<Omit<ScoresDto, "forecasts">> {
  authoriseScores(actor, query);
  const db = getDb();
  const filter = scoreFilterOf(actor, query);
  // The median is over the filtered forecasts, whoever reads it: no analyst filter (the same sums when there is none).
  const [analystSums, everyonesSums] = await Promise.all([scoreSums(db, filter), filter.analystIds === null ? null : scoreSums(db, { ...filter, analystIds: null })]);
  const aggregate = aggregateOf(everyonesSums ?? analystSums);
  const analysts = analystSums.filter((s) => s.analystId !== AGGREGATE_ANALYST);
  const people = await namesOf(db, analysts.map((a) => a.analystId));
  return {
    analysts: analysts
      .map((m) => ({
        analystId: m.analystId,
        name: people.get(m.analystId)?.name ?? "",
        email: people.get(m.analystId)?.email ?? "",
        forecasts: m.n,
        meanFinalBrier: m.sumFinalBrier / m.n,
        meanTimeAveragedBrier: m.sumTimeAveragedBrier / m.n,
        meanRelativeBrier: m.sumRelativeBrier / m.n,
        meanFinalLogScore: m.sumFinalLogScore / m.n,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.analystId < b.analystId ? -1 : a.analystId > b.analystId ? 1 : 0)),
    aggregate,
  };
}

/** Refuses another analyst's `analystId` to an analyst (SPEC §6), and anyone without a role. */
function authoriseScores(actor: Actor, query: ScoreFilterQuery): void {
  if (query.analystId && !canReadScoresOf(actor, query.analystId)) throw new Forbidden("You may read your own scores and the whole team's, but not another analyst's.");
  if (actor.roles.length === 0) throw new Forbidden();
}

/** Per analyst (and '' for the aggregate forecast), the filtered rows' count and sums. */
async function scoreSums(db: Conn, filter: ScoreFilter): Promise<ScoreSums[]> {
  const scope = tallyScope(filter);
  if (!scope) return rawScoreSums(db, filter);
  const parts = await Promise.all([tallyScoreSums(db, scope), ...scope.edges.map((edge) => rawScoreSums(db, { ...filter, from: edge.from, to: edge.to }))]);
  const merged = new Map<string, ScoreSums>();
  for (const s of parts.flat()) {
    const seen = merged.get(s.analystId);
    if (!seen) merged.set(s.analystId, { ...s });
    else {
      seen.n += s.n;
      seen.sumFinalBrier += s.sumFinalBrier;
      seen.sumTimeAveragedBrier += s.sumTimeAveragedBrier;
      seen.sumRelativeBrier += s.sumRelativeBrier;
      seen.sumFinalLogScore += s.sumFinalLogScore;
    }
  }
  return [...merged.values()];
}

/**
 * The aggregate forecast (SPEC §5's median) scored over the filtered forecasts, from the sums'
 * analyst '': everyone's, or with `teamId` that team's median (its current members'), both stored
 * with each resolution and kept in the tallies (a team's also when its membership changes).
 */
function aggregateOf(sums: ScoreSums[]): ScoresDto["aggregate"] {
  const aggregate = sums.find((s) => s.analystId === AGGREGATE_ANALYST);
  if (!aggregate) return { forecasts: 0, meanFinalBrier: null, meanTimeAveragedBrier: null, meanFinalLogScore: null };
  return { forecasts: aggregate.n, meanFinalBrier: aggregate.sumFinalBrier / aggregate.n, meanTimeAveragedBrier: aggregate.sumTimeAveragedBrier / aggregate.n, meanFinalLogScore: aggregate.sumFinalLogScore / aggregate.n };
}

/** The stored-row filter for this reader: their own rows unless they may read everyone's. */
export function scoreFilterOf(actor: Actor, query: ScoreFilterQuery): ScoreFilter {
  const own = canReadAllScores(actor) ? null : [actor.id];
  return {
    analystIds: query.analystId ? [query.analystId] : own,
    teamId: query.teamId,
    tag: query.tag,
    reportId: query.reportId,
    confidence: query.confidence,
    matured: query.matured,
    ...outcomeKnownBounds(query),
  };
}
