import "server-only";
import Papa from "papaparse";
import { getDb } from "@/db/client";
import { emailsOf, exportDetailsOf, exportForecastPage, teamMemberIds, type ExportCursor, type ExportDetails, type ExportFilter } from "@/db/queries/export";
import { canReadAllScores, canReadScoresOf, type Actor } from "@/lib/auth/policy";
import { Forbidden } from "@/lib/errors";
import { isoDay, toIso } from "@/lib/format/dates";
import { isLate, scoringEnd } from "@/lib/scoring";
import type { ExportQuery } from "@/lib/validation/export";
import { outcomeKnownBounds } from "@/lib/validation/score-filters";

/** Forecasts read per query: the export streams page after page, never the whole record in memory. */
const PAGE = 200;

export interface TrackRecordExport {
  contentType: string;
  filename: string;
  chunks: AsyncIterable<string>;
}

/**
 * GET /api/v1/export: a track record that can be re-imported (JSON, SPEC §6's import body) or
 * scored elsewhere (CSV, one row per prediction with its scores).
 *
 * Which forecasts: every forecast with a resolution (resolved or annulled) that matches SPEC §5's
 * filters — tag, report, confidence, `from`/`to` on `outcomeKnownAt`, `matured` — oldest first.
 * Whose predictions: reviewers and managers get everyone's, or with `analystId`/`teamId` only
 * that analyst's or that team's members' (and only the forecasts they predicted on). Anyone else
 * (an analyst) gets only their own predictions and scores, on the forecasts they predicted on; other
 * people's emails are not theirs to read, so another author appears as `person-<id>@hidden.invalid`
 * and another resolver is left out. Checks run before the first byte, so a refusal is a plain 403.
 */
export async function exportTrackRecord(actor: Actor, query: ExportQuery, now: number): Promise<TrackRecordExport> {
  if (actor.roles.length === 0) throw new Forbidden();
  if (query.analystId && !canReadScoresOf(actor, query.analystId)) throw new Forbidden("You may export your own predictions and scores, but not another analyst's.");
  const filter: ExportFilter = {
    analystIds: await whoseOf(actor, query),
    tag: query.tag,
    reportId: query.reportId,
    confidence: query.confidence,
    matured: query.matured,
    ...outcomeKnownBounds(query),
  };
  const pages = exportPages(actor, filter);
  const stamp = isoDay(now);
  return query.format === "csv"
    ? { contentType: "text/csv; charset=utf-8", filename: `signpost-track-record-${stamp}.csv`, chunks: csvChunks(pages) }
    : { contentType: "application/json; charset=utf-8", filename: `signpost-track-record-${stamp}.json`, chunks: jsonChunks(pages) };
}

/** Whose predictions are exported: null for everyone's. */
async function whoseOf(actor: Actor, query: ExportQuery): Promise<string[] | null> {
  let whose: string[] | null = query.analystId ? [query.analystId] : canReadAllScores(actor) ? null : [actor.id];
  if (query.teamId) {
    const members = await teamMemberIds(getDb(), query.teamId);
    whose = whose ? whose.filter((id) => members.includes(id)) : members;
  }
  return whose;
}

type ForecastRow = Awaited<ReturnType<typeof exportForecastPage>>[number];

interface ExportPage {
  forecasts: ForecastRow[];
  details: ExportDetails;
  /** An id as the reader may see it: an email, a stand-in, or null (left out). */
  personOf: (userId: string | null) => string | null;
}

async function* exportPages(actor: Actor, filter: ExportFilter): AsyncGenerator<ExportPage> {
  if (filter.analystIds?.length === 0) return;
  const db = getDb();
  let cursor: ExportCursor | undefined;
  for (;;) {
    const forecasts = await exportForecastPage(db, filter, PAGE, cursor);
    if (forecasts.length === 0) return;
    const ids = forecasts.map((f) => f.id);
    const details = await exportDetailsOf(db, ids, filter.analystIds);
    const people = new Set<string>(forecasts.flatMap((f) => [f.authorId, ...(f.resolverId ? [f.resolverId] : [])]));
    for (const list of details.predictions.values()) for (const p of list) people.add(p.analystId);
    const emails = await emailsOf(db, [...people]);
    const everyone = canReadAllScores(actor);
    const personOf = (userId: string | null) => {
      if (userId === null) return null;
      if (everyone || userId === actor.id) return emails.get(userId) ?? null;
      return null;
    };
    yield { forecasts, details, personOf };
    if (forecasts.length < PAGE) return;
    const last = forecasts[forecasts.length - 1];
    cursor = { createdAt: last.createdAt, id: last.id };
  }
}

/** The import body of SPEC §6, a page of forecasts per chunk. */
async function* jsonChunks(pages: AsyncIterable<ExportPage>): AsyncGenerator<string> {
  yield '{"forecasts":[';
  let first = true;
  for await (const page of pages) {
    const items = page.forecasts.map((f) => JSON.stringify(importForecastOf(f, page)));
    if (items.length === 0) continue;
    yield `${first ? "\n" : ",\n"}${items.join(",\n")}`;
    first = false;
  }
  yield "\n]}\n";
}

function importForecastOf(f: ForecastRow, { details, personOf }: ExportPage) {
  const scenarios = details.scenarios.get(f.id) ?? [];
  const predictions = details.predictions.get(f.id) ?? [];
  const resolver = personOf(f.resolverId);
  return {
    title: f.title,
    statement: f.statement,
    resolutionCriteria: f.resolutionCriteria,
    closesAt: toIso(f.closesAt),
    createdAt: toIso(f.createdAt),
    ...(f.confidence ? { confidence: f.confidence } : {}),
    ...(f.excerpt ? { excerpt: f.excerpt } : {}),
    tags: details.tags.get(f.id) ?? [],
    author: personOf(f.authorId) ?? standIn(f.authorId),
    scenarios: scenarios.map((s) => ({ label: s.label, ...(s.description ? { description: s.description } : {}), ...(s.baseline ? { baseline: true } : {}) })),
    predictions: predictions.map((p) => ({
      analyst: personOf(p.analystId) ?? standIn(p.analystId),
      createdAt: toIso(p.createdAt),
      probabilities: scenarios.map((s) => (p.tenths.get(s.id) ?? 0) / 10),
      ...(p.rationale ? { rationale: p.rationale } : {}),
    })),
    resolution: {
      ...(f.annulled ? { annulled: true } : { outcome: scenarios.findIndex((s) => s.id === f.outcomeScenarioId) }),
      outcomeKnownAt: toIso(f.outcomeKnownAt),
      rationale: f.rationale,
      ...(resolver ? { resolver } : {}),
    },
  };
}

/** Someone whose email the reader may not see, named so that a re-import keeps them apart. */
function standIn(userId: string): string {
  return `person-${userId.toLowerCase().replace(/[^a-z0-9-]/g, "")}@hidden.invalid`;
}

export const CSV_COLUMNS = [
  "forecastId",
  "forecastTitle",
  "forecastCreatedAt",
  "closesAt",
  "status",
  "outcomeKnownAt",
  "outcome",
  "scenarios",
  "analyst",
  "predictionId",
  "createdAt",
  "probabilities",
  "outcomeProbability",
  "late",
  "final",
  "finalBrier",
  "finalLogScore",
  "timeAveragedBrier",
  "timeAveragedLogScore",
  "relativeBrier",
] as const;

/**
 * One row per prediction: its forecast, the outcome, the analyst, the probabilities (a JSON list in
 * the order of `scenarios`), whether it came after the scoring window (`late`), and, on each
 * scored analyst's final prediction, that analyst's scores on the forecast.
 */
async function* csvChunks(pages: AsyncIterable<ExportPage>): AsyncGenerator<string> {
  yield `${Papa.unparse([CSV_COLUMNS as unknown as string[]])}\r\n`;
  for await (const page of pages) {
    const rows = page.forecasts.flatMap((f) => csvRowsOf(f, page));
    if (rows.length > 0) yield `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { header: false })}\r\n`;
  }
}

function csvRowsOf(f: ForecastRow, { details, personOf }: ExportPage): unknown[][] {
  const scenarios = details.scenarios.get(f.id) ?? [];
  const end = scoringEnd(f.closesAt, f.outcomeKnownAt);
  const scores = new Map((details.scores.get(f.id) ?? []).map((s) => [s.finalPredictionId, s]));
  const outcome = scenarios.find((s) => s.id === f.outcomeScenarioId);
  return (details.predictions.get(f.id) ?? []).map((p) => {
    const score = scores.get(p.id);
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      forecastId: f.id,
      forecastTitle: f.title,
      forecastCreatedAt: toIso(f.createdAt),
      closesAt: toIso(f.closesAt),
      status: f.annulled ? "annulled" : "resolved",
      outcomeKnownAt: toIso(f.outcomeKnownAt),
      outcome: outcome?.label ?? "",
      scenarios: JSON.stringify(scenarios.map((s) => s.label)),
      analyst: personOf(p.analystId) ?? standIn(p.analystId),
      predictionId: p.id,
      createdAt: toIso(p.createdAt),
      probabilities: JSON.stringify(scenarios.map((s) => (p.tenths.get(s.id) ?? 0) / 10)),
      outcomeProbability: outcome ? (p.tenths.get(outcome.id) ?? 0) / 10 : "",
      late: isLate(p.createdAt, end),
      final: score !== undefined,
      finalBrier: score?.finalBrier ?? "",
      finalLogScore: score?.finalLogScore ?? "",
      timeAveragedBrier: score?.timeAveragedBrier ?? "",
      timeAveragedLogScore: score?.timeAveragedLogScore ?? "",
      relativeBrier: score?.relativeBrier ?? "",
    };
    return CSV_COLUMNS.map((column) => row[column]);
  });
}
