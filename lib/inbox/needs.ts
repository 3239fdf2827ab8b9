/**
 * "What needs me" (issue 16, SPEC §2's inbox): worked out afresh from plain facts and a clock, so
 * an item disappears as soon as what it asks for is done. Times are epoch milliseconds (UTC).
 */
export const DAY_MS = 86_400_000;
/** Forecasts closing this soon, not updated this month, are flagged. */
export const CLOSING_SOON_MS = 7 * DAY_MS;
/** A resolution overdue by more than this goes to the team's managers. */
export const ESCALATION_DELAY_MS = 7 * DAY_MS;
export const DEFAULT_STALE_DAYS = 30;

export type NeedKind = "stale" | "new_evidence" | "closing_soon" | "resolution_due" | "escalated";

export interface Need {
  /** Stable while the need is the same one, new when it comes back: read marks are kept by it. */
  id: string;
  kind: NeedKind;
  forecastId: string;
  /** When it started to need attention. */
  at: number;
  text: string;
  /** Where it is dealt with. */
  href: string;
}

/** An open forecast the person predicted on, with their latest prediction. */
export interface MyStanding {
  forecastId: string;
  title: string;
  closesAt: number;
  lastPredictionId: string;
  lastPredictionAt: number;
  /** The forecast's team's setting, or the default. */
  staleDays: number;
}

/** An event linked to one of the forecast's indicators, when the link was made. */
export interface LinkedEvidence {
  forecastId: string;
  linkId: string;
  linkedAt: number;
  eventTitle: string;
  indicatorDescription: string;
}

/** A forecast past its horizon awaiting resolution. */
export interface AwaitingResolution {
  forecastId: string;
  title: string;
  closesAt: number;
}

export interface NeedFacts {
  now: number;
  standings: MyStanding[];
  evidence: LinkedEvidence[];
  /** For reviewers: the ones they may resolve (no conflict of interest). */
  resolutionsDue: AwaitingResolution[];
  /** For managers: overdue ones of their teams (and of no team). */
  overdue: AwaitingResolution[];
}

export function needsOf(facts: NeedFacts): Need[] {
  const open = facts.standings.filter((s) => s.closesAt > facts.now);
  return [
    ...[...facts.resolutionsDue].sort((a, b) => a.closesAt - b.closesAt).map((f) => resolutionDue(f, facts.now)),
    ...[...facts.overdue].sort((a, b) => a.closesAt - b.closesAt).filter((f) => isEscalated(f.closesAt, facts.now)).map(escalated),
    ...open.flatMap((s) => newEvidence(s, facts.evidence)),
    ...open.filter((s) => isStale(s, facts.now)).map(stale),
    ...open.filter((s) => isClosingUnupdated(s, facts.now)).map((s) => closingSoon(s, facts.now)),
  ];
}

export function isStale(s: MyStanding, now: number): boolean {
  return now - s.lastPredictionAt > s.staleDays * DAY_MS;
}

/** Closing within 7 days and not updated since the first day of this month (UTC). */
export function isClosingUnupdated(s: MyStanding, now: number): boolean {
  return s.closesAt > now && s.closesAt - now <= CLOSING_SOON_MS && s.lastPredictionAt < startOfUtcMonth(now);
}

export function isEscalated(closesAt: number, now: number): boolean {
  return now - closesAt > ESCALATION_DELAY_MS;
}

export function startOfUtcMonth(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

const days = (ms: number) => Math.floor(ms / DAY_MS);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const forecastHref = (id: string, anchor: string) => `/forecasts/${id}#${anchor}`;

function stale(s: MyStanding): Need {
  return {
    id: `need:stale:${s.forecastId}:${s.lastPredictionId}`,
    kind: "stale",
    forecastId: s.forecastId,
    at: s.lastPredictionAt + s.staleDays * DAY_MS,
    text: `Your prediction on “${s.title}” is older than ${plural(s.staleDays, "day")}: does it still stand?`,
    href: forecastHref(s.forecastId, "predict-heading"),
  };
}

/** Evidence linked after the person's latest prediction, named; one item per forecast, for its newest link. */
function newEvidence(s: MyStanding, evidence: LinkedEvidence[]): Need[] {
  const since = evidence.filter((e) => e.forecastId === s.forecastId && e.linkedAt > s.lastPredictionAt).sort((a, b) => b.linkedAt - a.linkedAt || b.linkId.localeCompare(a.linkId));
  if (since.length === 0) return [];
  const [newest] = since;
  const more = since.length > 1 ? ` and ${plural(since.length - 1, "more link")}` : "";
  return [
    {
      id: `need:evidence:${s.forecastId}:${newest.linkId}`,
      kind: "new_evidence",
      forecastId: s.forecastId,
      at: newest.linkedAt,
      text: `New evidence on “${s.title}” since your last prediction: “${newest.eventTitle}” observed for “${newest.indicatorDescription}”${more}.`,
      href: forecastHref(s.forecastId, "events-heading"),
    },
  ];
}

function closingSoon(s: MyStanding, now: number): Need {
  const left = Math.max(1, Math.ceil((s.closesAt - now) / DAY_MS));
  return {
    id: `need:closing:${s.forecastId}:${new Date(startOfUtcMonth(now)).toISOString().slice(0, 7)}`,
    kind: "closing_soon",
    forecastId: s.forecastId,
    at: s.closesAt - CLOSING_SOON_MS,
    text: `“${s.title}” closes in ${plural(left, "day")} and you haven't updated it this month.`,
    href: forecastHref(s.forecastId, "predict-heading"),
  };
}

function resolutionDue(f: AwaitingResolution, now: number): Need {
  const late = days(now - f.closesAt);
  const escalatedNote = isEscalated(f.closesAt, now) ? ` Overdue by ${plural(late, "day")}: escalated to the team's managers.` : "";
  return {
    id: `need:due:${f.forecastId}`,
    kind: "resolution_due",
    forecastId: f.forecastId,
    at: f.closesAt,
    text: `“${f.title}” passed its horizon and awaits resolution.${escalatedNote}`,
    href: forecastHref(f.forecastId, "resolve-heading"),
  };
}

function escalated(f: AwaitingResolution): Need {
  return {
    id: `need:escalated:${f.forecastId}`,
    kind: "escalated",
    forecastId: f.forecastId,
    at: f.closesAt + ESCALATION_DELAY_MS,
    text: `Escalated: “${f.title}” has awaited resolution for more than 7 days since its horizon.`,
    href: forecastHref(f.forecastId, "resolve-heading"),
  };
}
