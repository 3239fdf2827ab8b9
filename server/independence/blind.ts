import "server-only";
import type { Conn } from "@/db/client";
import { hasPredictedOn, readIndependenceRule } from "@/db/queries/independence";
import type { Actor } from "@/lib/auth/policy";
import { hasAnyRole } from "@/lib/auth/policy";
import { othersNumbersHidden } from "@/lib/auth/independence";
import type { CompactTimelineDto, ForecastDto, TimelineDto } from "@/lib/dto/forecast";

/**
 * Whether `actor` must not see other analysts' numbers on this forecast (SPEC §2). Reviewers and
 * managers skip the database look-ups: they always see everything.
 */
export async function othersHiddenFrom(db: Conn, actor: Actor, forecast: { id: string; status: string }): Promise<boolean> {
  if (hasAnyRole(actor, ["reviewer", "manager"]) || forecast.status !== "open") return false;
  const [ruleOn, hasPredicted] = await Promise.all([readIndependenceRule(db), hasPredictedOn(db, actor.id, forecast.id)]);
  return othersNumbersHidden(actor, { ruleOn, open: true, hasPredicted });
}

/**
 * The forecast without anyone else's probabilities: no predictions but the reader's own (they
 * have none yet), and no evidence-implied numbers either, since those start from the author's
 * first prediction and would give it away. Statement, indicators and events stay.
 */
export function blindForecast<T extends ForecastDto>(dto: T, readerId: string): T & { othersHidden: boolean } {
  return {
    ...dto,
    predictions: dto.predictions.filter((p) => p.analystId === readerId),
    assessment: { ...dto.assessment, implied: {}, reason: numberlessReason(dto.assessment) },
    scores: dto.scores.filter((s) => s.analystId === readerId),
    othersHidden: true,
  };
}

/** "Overtaken" names the implied numbers, which start from the author's prior: said without them. */
export function numberlessReason(assessment: { status: string; reason: string }): string {
  return assessment.status === "overtaken" ? "An alternative now outweighs the baseline on the evidence" : assessment.reason;
}

export function blindTimeline(timeline: TimelineDto, readerId: string): TimelineDto {
  return {
    ...timeline,
    points: timeline.points.map((p) => ({ ...p, stated: p.stated[readerId] ? { [readerId]: p.stated[readerId] } : {}, implied: {} })),
  };
}

export function blindCompactTimeline<T extends CompactTimelineDto>(timeline: T, readerId: string): T {
  return {
    ...timeline,
    predictions: timeline.predictions.filter((p) => p.analystId === readerId),
    evidence: timeline.evidence.map((e) => ({ ...e, implied: {} })),
  };
}
