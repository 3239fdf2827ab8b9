import "server-only";
import { getDb } from "@/db/client";
import { peopleMatching } from "@/db/queries/authors";
import { indicatorsOfMany, linkTimesOfMany } from "@/db/queries/evidence";
import { listForecastRows, priorPredictionsOf, scenariosOfMany, statusOf, tagsOf } from "@/db/queries/forecasts";
import { canRead, type Actor } from "@/lib/auth/policy";
import type { ForecastSummaryDto } from "@/lib/dto/forecast";
import { assessAt, describeReason, priorOf, type IndicatorFacts } from "@/lib/evidence";
import { BadRequest, Forbidden } from "@/lib/errors";
import { formatDay, toIso } from "@/lib/format/dates";
import { groupBy } from "@/lib/group-by";
import { toIndicatorFacts, toResolutionFacts } from "./evidence-facts";
import { readIndependenceRule } from "@/db/queries/independence";
import { predictedOn } from "@/db/queries/review-queue";
import { othersNumbersHidden } from "@/lib/auth/independence";
import { numberlessReason } from "../independence/blind";
import { decodeCursor, encodeCursor, forecastListQuerySchema, type ForecastListQuery } from "@/lib/validation/forecast-list";
import { parseSearchParams } from "@/lib/validation/search-params";

/** The list of SPEC §6, for anyone who may read: `rawQuery` is the query string (or its entries), parsed here. */
export async function listForecasts(actor: Actor, rawQuery: URLSearchParams | Record<string, unknown>, now: number): Promise<{ items: ForecastSummaryDto[]; nextCursor: string | null }> {
  if (!canRead(actor)) throw new Forbidden();
  const query = parseSearchParams(forecastListQuerySchema, rawQuery);
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (cursor === null) throw new BadRequest("cursor: is not a cursor this API gave out");
  const db = getDb();
  const authorIds = await authorFilter(query);
  if (authorIds?.length === 0) return { items: [], nextCursor: null };
  const rows = await listForecastRows(db, { ...query, authorIds, cursor, now });
  const page = rows.slice(0, query.limit);
  const items = await withoutHiddenNumbers(actor, await summariesOf(page, now));
  const last = page.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(positionOf(last, query)) : null };
}

type ListedRow = Awaited<ReturnType<typeof listForecastRows>>[number];

/** The list's summaries of these forecasts (rows as `listForecastRows` gives them), in their order. */
export async function summariesOf(page: Pick<ListedRow, "forecast" | "authorName" | "resolution">[], now: number): Promise<ForecastSummaryDto[]> {
  const db = getDb();
  const ids = page.map((r) => r.forecast.id);
  const tags = await tagsOf(db, ids);
  const scenarios = groupBy(await scenariosOfMany(db, ids), (s) => s.forecastId);
  const priors = await priorPredictionsOf(db, ids);
  const indicators = await indicatorFactsByForecast(ids);

  return page.map(({ forecast, authorName, resolution }): ForecastSummaryDto => {
    const scenarioRefs = (scenarios.get(forecast.id) ?? []).map((s) => ({ id: s.id, label: s.label, baseline: s.baseline }));
    const prior = priors.get(forecast.id);
    const assessment = assessAt({
      scenarios: scenarioRefs,
      indicators: indicators.get(forecast.id) ?? [],
      prior: prior ?? priorOf([], forecast.authorId, scenarioRefs),
      t: now,
      resolution: toResolutionFacts(resolution),
    });
    return {
      id: forecast.id,
      title: forecast.title,
      statement: forecast.statement,
      closesAt: toIso(forecast.closesAt),
      createdAt: toIso(forecast.createdAt),
      confidence: forecast.confidence,
      tags: tags.get(forecast.id) ?? [],
      status: statusOf(forecast, resolution, now),
      authorId: forecast.authorId,
      authorName,
      reportId: forecast.reportId,
      excerpt: forecast.excerpt,
      teamId: forecast.teamId,
      scenarios: (scenarios.get(forecast.id) ?? []).map((s) => ({ id: s.id, label: s.label, description: s.description, baseline: s.baseline })),
      assessment: { status: assessment.status, reason: describeReason(assessment.reason, formatDay) },
    };
  });
}

/**
 * SPEC §2: an "overtaken" reason quotes evidence-implied numbers, which start from the author's
 * first prediction; a reader who hasn't predicted on an open forecast gets it without them.
 */
async function withoutHiddenNumbers(actor: Actor, items: ForecastSummaryDto[]): Promise<ForecastSummaryDto[]> {
  const overtaken = items.filter((f) => f.status === "open" && f.assessment.status === "overtaken");
  if (overtaken.length === 0) return items;
  const db = getDb();
  const [ruleOn, mine] = await Promise.all([readIndependenceRule(db), predictedOn(db, actor.id, overtaken.map((f) => f.id))]);
  return items.map((f) =>
    f.status === "open" && f.assessment.status === "overtaken" && othersNumbersHidden(actor, { ruleOn, open: true, hasPredicted: mine.has(f.id) })
      ? { ...f, assessment: { ...f.assessment, reason: numberlessReason(f.assessment) } }
      : f,
  );
}

/** `authorId` names one person; `author` (the type-ahead's text) any whose name or email matches. */
async function authorFilter(query: ForecastListQuery): Promise<string[] | undefined> {
  if (query.authorId) return [query.authorId];
  if (!query.author) return undefined;
  return (await peopleMatching(getDb(), query.author)).map((person) => person.id);
}

function positionOf(row: { forecast: { createdAt: number; id: string }; titleHit: number }, query: ForecastListQuery) {
  return { createdAt: row.forecast.createdAt, id: row.forecast.id, titleHit: query.q ? Number(row.titleHit) : undefined };
}

export async function indicatorFactsByForecast(forecastIds: string[]): Promise<Map<string, IndicatorFacts[]>> {
  const db = getDb();
  const times = groupBy(await linkTimesOfMany(db, forecastIds), (l) => l.indicatorId);
  const facts = (await indicatorsOfMany(db, forecastIds)).map((i) => ({
    forecastId: i.forecastId,
    fact: toIndicatorFacts(i, (times.get(i.id) ?? []).map((l) => l.occurredAt)),
  }));
  const grouped = groupBy(facts, (f) => f.forecastId);
  return new Map([...grouped].map(([id, list]) => [id, list.map((f) => f.fact)]));
}
