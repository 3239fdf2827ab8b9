/**
 * Who may do what (SPEC §1), as pure functions of the actor and the resource. Roles add up and
 * none implies another: an admin who also forecasts holds `analyst` too.
 */
import type { Role } from "./roles";

export interface Actor {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

export function hasAnyRole(actor: Actor, roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

export const canCreateForecast = (actor: Actor) => hasRole(actor, "analyst");
export const canCreateReport = (actor: Actor) => hasRole(actor, "analyst");
export const canPredict = (actor: Actor) => hasRole(actor, "analyst");
export const canRecordEvent = (actor: Actor) => hasRole(actor, "analyst");
export const canLinkEvent = (actor: Actor) => hasRole(actor, "analyst");
export const canManageUsers = (actor: Actor) => hasRole(actor, "admin");
export const canManageTeams = (actor: Actor) => hasAnyRole(actor, ["manager", "admin"]);
export const canImport = (actor: Actor) => hasRole(actor, "admin");
export const canReadAudit = (actor: Actor) => hasRole(actor, "admin");
export const canChangeSettings = (actor: Actor) => hasRole(actor, "admin");
export const canBackUp = (actor: Actor) => hasRole(actor, "admin");
/** Reopening a wrongly resolved forecast rewrites scores: an admin's correction, audited. */
export const canCorrectResolutions = (actor: Actor) => hasRole(actor, "admin");

/** Every role reads forecasts, reports and events. */
export const canRead = (actor: Actor) => actor.roles.length > 0;

/** Indicators belong to the forecast's author: they encode the author's theory of the case. */
export function canAddIndicator(actor: Actor, forecast: { authorId: string }): boolean {
  return hasRole(actor, "analyst") && forecast.authorId === actor.id;
}

/** Individual scores: one's own, or anyone's for reviewers and managers. */
export function canReadScoresOf(actor: Actor, analystId: string): boolean {
  return analystId === actor.id || hasAnyRole(actor, ["reviewer", "manager"]);
}

export const canReadAllScores = (actor: Actor) => hasAnyRole(actor, ["reviewer", "manager"]);

export const canResolveAtAll = (actor: Actor) => hasRole(actor, "reviewer");

/** The conflict-of-interest rule: a reviewer never resolves a forecast they wrote or predicted on. */
export function hasConflictOfInterest(
  actor: Actor,
  forecast: { authorId: string },
  predictorIds: Iterable<string>,
): boolean {
  if (forecast.authorId === actor.id) return true;
  for (const id of predictorIds) if (id === actor.id) return true;
  return false;
}
