import "server-only";
import { getDb } from "@/db/client";
import { closingSoonRows, listedRowsOf, openWithEvidence, predictedSince, predictionsOfMany } from "@/db/queries/glance";
import { priorPredictionsOf } from "@/db/queries/forecasts";
import { readIndependenceRule } from "@/db/queries/independence";
import { predictedOn } from "@/db/queries/review-queue";
import { othersNumbersHidden } from "@/lib/auth/independence";
import { canRead, type Actor } from "@/lib/auth/policy";
import type { ForecastSummaryDto } from "@/lib/dto/forecast";
import { Forbidden } from "@/lib/errors";
import { assessAt, priorOf } from "@/lib/evidence";
import { glanceOf, type Glance } from "@/lib/glance/glance";
import { groupBy } from "@/lib/group-by";
import { indicatorFactsByForecast, summariesOf } from "../forecasts/list-forecasts";
import { numberlessReason } from "../independence/blind";

export const SORTS = ["newest", "closing", "changed", "contested"] as const;
export type Sort = (typeof SORTS)[number];

/** A summary with its numbers, or null numbers where the reader may not see them yet (SPEC §2). */
export type GlancedSummary = ForecastSummaryDto & { glance: Glance | null };

/** The computed orders look at no more forecasts than this (the most recently active ones). */
const CANDIDATES = 1000;

/** The numbers at a glance for a page of summaries, hidden where the independence rule says so. */
export async function withGlance(actor: Actor, items: ForecastSummaryDto[], now: number, options = { sparkline: true }): Promise<GlancedSummary[]> {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const ids = items.map((f) => f.id);
  const [predictions, priors, indicators, ruleOn, mine] = await Promise.all([
    predictionsOfMany(db, ids),
    priorPredictionsOf(db, ids),
    indicatorFactsByForecast(ids),
    readIndependenceRule(db),
    predictedOn(db, actor.id, ids),
  ]);
  const byForecast = groupBy(predictions, (p) => p.forecastId);
  return items.map((f) => {
    if (othersNumbersHidden(actor, { ruleOn, open: f.status === "open", hasPredicted: mine.has(f.id) })) return { ...f, assessment: { ...f.assessment, reason: numberlessReason(f.assessment) }, glance: null };
    const scenarioRefs = f.scenarios.map((s) => ({ id: s.id, label: s.label, baseline: s.baseline }));
    const baselineId = f.scenarios.find((s) => s.baseline)?.id ?? f.scenarios[0].id;
    const assessment = assessAt({ scenarios: scenarioRefs, indicators: indicators.get(f.id) ?? [], prior: priors.get(f.id) ?? priorOf([], f.authorId, scenarioRefs), t: now, resolution: null });
    const glance = glanceOf({
      scenarioIds: f.scenarios.map((s) => s.id),
      baselineId,
      authorId: f.authorId,
      predictions: byForecast.get(f.id) ?? [],
      impliedBaseline: assessment.implied[baselineId] ?? null,
      now,
    }, options);
    return { ...f, glance };
  });
}

/**
 * The list in one of the orders other than newest: closing soonest pages through the open
 * forecasts by horizon; "most changed this week" and "most contested" rank the forecasts that can
 * have moved (predicted on this week; open with observed evidence), hidden numbers last.
 */
export async function sortedByGlance(actor: Actor, sort: Exclude<Sort, "newest">, page: number, perPage: number, now: number): Promise<{ items: GlancedSummary[]; hasMore: boolean }> {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  if (sort === "closing") {
    const rows = await closingSoonRows(db, now, perPage, page * perPage);
    return { items: await withGlance(actor, await summariesOf(rows.slice(0, perPage), now), now), hasMore: rows.length > perPage };
  }
  const ids = sort === "changed" ? await predictedSince(db, now - 7 * 86_400_000, CANDIDATES) : await openWithEvidence(db, now, CANDIDATES);
  // Rank every candidate on two medians each, then draw the sparklines of the page shown only.
  const ranked = await withGlance(actor, await summariesOf(await listedRowsOf(db, ids), now), now, { sparkline: false });
  const score = (f: GlancedSummary) => (f.glance ? (sort === "changed" ? f.glance.changeThisWeek : f.glance.contested) : -1);
  ranked.sort((a, b) => score(b) - score(a) || b.createdAt.localeCompare(a.createdAt));
  const shown = ranked.slice(page * perPage, (page + 1) * perPage).map(({ glance: _ranking, ...summary }) => summary);
  return { items: await withGlance(actor, shown, now), hasMore: ranked.length > (page + 1) * perPage };
}
