import { canResolveAtAll, hasConflictOfInterest, type Actor } from "./policy";

/**
 * Why this person may not resolve this forecast, in the words the resolve button shows (and the
 * server's 409 says), or null when they may. Roles first, then the conflict-of-interest rule of
 * SPEC §1: a reviewer never resolves a forecast they wrote or predicted on.
 */
export function resolveRefusal(actor: Actor, forecast: { authorId: string }, predicted: boolean): string | null {
  if (!canResolveAtAll(actor)) return "Only reviewers can resolve forecasts.";
  if (forecast.authorId === actor.id) return "You wrote this forecast, so another reviewer must resolve it.";
  if (hasConflictOfInterest(actor, forecast, predicted ? [actor.id] : [])) return "You predicted on this forecast, so another reviewer must resolve it.";
  return null;
}
