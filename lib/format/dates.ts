/** Dates are shown in UTC everywhere: forecasts close and events occur on UTC days (SPEC §5). */
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DAY_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function formatDay(value: number | string | Date): string {
  return DAY.format(new Date(value));
}

export function formatDayTime(value: number | string | Date): string {
  return DAY_TIME.format(new Date(value));
}

export function isoDay(value: number | string | Date): string {
  return new Date(value).toISOString().slice(0, 10);
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

export function toIsoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString();
}
