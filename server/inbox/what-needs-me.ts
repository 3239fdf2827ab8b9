import "server-only";
import type { Conn } from "@/db/client";
import { awaitingResolution, evidenceLinkedSince, overdueForManager, standingsOf } from "@/db/queries/needs";
import { predictedOn } from "@/db/queries/review-queue";
import { canResolveAtAll, hasRole, type Actor } from "@/lib/auth/policy";
import { ESCALATION_DELAY_MS, needsOf, type Need } from "@/lib/inbox/needs";

/** At most this many due resolutions or escalations are listed; the queue pages through the rest. */
const RESOLUTIONS_LISTED = 50;

/** What needs this person now, from their roles: their own forecasts, resolutions due, escalations. */
export async function needsFor(db: Conn, actor: Actor, now: number): Promise<Need[]> {
  const standings = hasRole(actor, "analyst") ? await standingsOf(db, actor.id, now) : [];
  const since = standings.reduce((earliest, s) => Math.min(earliest, s.lastPredictionAt), Number.POSITIVE_INFINITY);
  const evidence = standings.length > 0 ? await evidenceLinkedSince(db, standings.map((s) => s.forecastId), since) : [];
  const resolutionsDue = canResolveAtAll(actor) ? await resolvableBy(db, actor, now) : [];
  const overdue = hasRole(actor, "manager") ? await overdueForManager(db, actor.id, now - ESCALATION_DELAY_MS, RESOLUTIONS_LISTED) : [];
  return needsOf({ now, standings, evidence, resolutionsDue, overdue });
}

/** The due resolutions this reviewer may make: not ones they wrote or predicted on (SPEC §1). */
async function resolvableBy(db: Conn, actor: Actor, now: number) {
  const due = await awaitingResolution(db, now, RESOLUTIONS_LISTED * 2);
  const conflicted = await predictedOn(db, actor.id, due.map((f) => f.forecastId));
  return due.filter((f) => f.authorId !== actor.id && !conflicted.has(f.forecastId)).slice(0, RESOLUTIONS_LISTED);
}
