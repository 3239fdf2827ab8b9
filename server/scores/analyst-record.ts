import "server-only";
import { getDb } from "@/db/client";
import { analystRecordRows } from "@/db/queries/score-record";
import { analystMeans } from "@/db/queries/scores";
import { getUser } from "@/db/queries/users";
import { canReadScoresOf, type Actor } from "@/lib/auth/policy";
import type { AnalystRecordDto, RecordItemDto } from "@/lib/dto/scores";
import { BadRequest, Forbidden, NotFound } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import type { ScoreFilterQuery } from "@/lib/validation/score-filters";
import { decodeRecordCursor, encodeRecordCursor } from "@/lib/validation/scores-page";
import { scoreFilterOf } from "./list-scores";

export const RECORD_PAGE_SIZE = 50;

/**
 * One analyst's record, forecast by forecast, over SPEC §5's filters, with their means. Reviewers
 * and managers read anyone's; an analyst only their own (anyone else's is a 403, as in the API).
 */
export async function analystRecord(actor: Actor, analystId: string, filters: Omit<ScoreFilterQuery, "analystId">, page: { cursor?: string }): Promise<AnalystRecordDto> {
  if (actor.roles.length === 0 || !canReadScoresOf(actor, analystId)) throw new Forbidden("You may read your own scores and the whole team's, but not another analyst's.");
  const after = page.cursor === undefined ? undefined : decodeRecordCursor(page.cursor);
  if (after === null) throw new BadRequest("cursor: is not a cursor this page gave out");
  const db = getDb();
  const analyst = await getUser(db, analystId);
  if (!analyst) throw new NotFound("The analyst");
  const filter = scoreFilterOf(actor, { ...filters, analystId });
  const [means, rows] = await Promise.all([analystMeans(db, filter), analystRecordRows(db, filter, RECORD_PAGE_SIZE, after)]);
  const items = rows.slice(0, RECORD_PAGE_SIZE).map(toRecordItem);
  const last = items.at(-1);
  const summary = means[0];
  return {
    analyst: { id: analyst.id, name: analyst.name },
    summary: summary
      ? {
          analystId: summary.analystId,
          name: summary.name,
          forecasts: summary.forecasts,
          meanFinalBrier: Number(summary.meanFinalBrier),
          meanTimeAveragedBrier: Number(summary.meanTimeAveragedBrier),
          meanRelativeBrier: Number(summary.meanRelativeBrier),
          meanFinalLogScore: Number(summary.meanFinalLogScore),
        }
      : null,
    items,
    nextCursor: rows.length > RECORD_PAGE_SIZE && last ? encodeRecordCursor({ outcomeKnownAt: Date.parse(last.outcomeKnownAt), forecastId: last.forecastId }) : null,
  };
}

function toRecordItem(row: Awaited<ReturnType<typeof analystRecordRows>>[number]): RecordItemDto {
  return {
    forecastId: row.forecastId,
    title: row.title,
    closesAt: toIso(row.closesAt),
    outcome: row.outcome ?? "",
    outcomeKnownAt: toIso(row.outcomeKnownAt),
    finalBrier: row.finalBrier,
    timeAveragedBrier: row.timeAveragedBrier,
    relativeBrier: row.relativeBrier,
    finalLogScore: row.finalLogScore,
    timeAveragedLogScore: row.timeAveragedLogScore,
    scoredPredictions: row.scoredPredictions,
    latePredictions: row.latePredictions,
  };
}
