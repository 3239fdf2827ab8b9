/** Pure shaping of the timeline DTOs into what the chart, its legend and its data table draw. */
import type { EventDto, TimelinePointDto } from "@/lib/dto/forecast";
import { formatDay, formatDayTime } from "@/lib/format/dates";
import { AUTHOR_COLOR, IMPLIED_COLOR, MEDIAN_COLOR, analystColor } from "./palette";

const DAY_MS = 86_400_000;
export const IMPLIED_KEY = "implied";
export const MEDIAN_KEY = "median";

/** The team median's line (SPEC §5's aggregate): its name, and its value after each member's prediction, in percent. */
export interface MedianLine {
  name: string;
  steps: readonly { at: number; probabilities: Readonly<Record<string, number>> }[];
}

export interface ChartLine {
  /** Key of the line's value in a ChartRow: an index, never an id (recharts reads dots in keys as paths). */
  key: string;
  analystId: string | null;
  name: string;
  color: string;
  kind: "author" | "analyst" | "median" | "implied";
}

/** One point of the chart: `t` in ms, then each line's percentage for the charted scenario (null: no prediction yet). */
export interface ChartRow {
  t: number;
  [key: string]: number | null;
}

export interface DatedEvent {
  t: number;
  event: EventDto;
}

export interface TableRow {
  t: number;
  /** In the order of the lines. */
  values: (number | null)[];
  events: EventDto[];
}

/** The author first, then the other analysts by name, then the team median (when given), then the evidence-implied line. */
export function chartLines(
  points: readonly TimelinePointDto[],
  authorId: string,
  people: Readonly<Record<string, { name: string }>>,
  median?: MedianLine | null,
): ChartLine[] {
  const analystIds = new Set<string>();
  for (const point of points) for (const id of Object.keys(point.stated)) analystIds.add(id);
  const nameOf = (id: string) => people[id]?.name ?? "Unknown analyst";
  const others = [...analystIds]
    .filter((id) => id !== authorId)
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)) || a.localeCompare(b));

  const lines: ChartLine[] = [];
  if (analystIds.has(authorId)) {
    lines.push({ key: "a0", analystId: authorId, name: `${nameOf(authorId)} (author)`, color: AUTHOR_COLOR, kind: "author" });
  }
  others.forEach((id, index) => {
    lines.push({ key: `a${lines.length}`, analystId: id, name: nameOf(id), color: analystColor(index), kind: "analyst" });
  });
  if (median && median.steps.length > 0) lines.push({ key: MEDIAN_KEY, analystId: null, name: median.name, color: MEDIAN_COLOR, kind: "median" });
  lines.push({ key: IMPLIED_KEY, analystId: null, name: "Evidence-implied", color: IMPLIED_COLOR, kind: "implied" });
  return lines;
}

/** The median standing at `t`: the last step at or before it (steps oldest first), or undefined before the first. */
function medianAt(steps: MedianLine["steps"], t: number, scenarioId: string): number | undefined {
  let standing: number | undefined;
  for (const step of steps) {
    if (step.at > t) break;
    standing = step.probabilities[scenarioId];
  }
  return standing;
}

export function chartRows(points: readonly TimelinePointDto[], lines: readonly ChartLine[], scenarioId: string, median?: MedianLine | null): ChartRow[] {
  const rows = points.map((point) => {
    const row: ChartRow = { t: Date.parse(point.date) };
    for (const line of lines) {
      const value =
        line.kind === "median"
          ? medianAt(median?.steps ?? [], row.t, scenarioId)
          : line.analystId === null
            ? point.implied[scenarioId]
            : point.stated[line.analystId]?.[scenarioId];
      row[line.key] = typeof value === "number" && Number.isFinite(value) ? value : null;
    }
    return row;
  });
  return rows.filter((row) => Number.isFinite(row.t)).sort((a, b) => a.t - b.t);
}

/** Rows between changes kept at most this often, so the tooltip still finds a date near the pointer. */
const UNCHANGED_ROWS_KEPT = 400;

/**
 * The rows recharts needs to draw the same step lines: every row where a value changes, the last,
 * and a thinned sample of the unchanged days between them. The timeline has a point per day, and
 * recharts builds several objects per point and line: fifty analysts over eight years would be
 * over a million.
 */
export function plotRows(rows: readonly ChartRow[], lines: readonly ChartLine[]): ChartRow[] {
  const stride = Math.max(1, Math.ceil(rows.length / UNCHANGED_ROWS_KEPT));
  return rows.filter(
    (row, i) =>
      i === 0 || i === rows.length - 1 || i % stride === 0 || lines.some((line) => row[line.key] !== rows[i - 1][line.key]),
  );
}

export function datedEvents(events: readonly EventDto[]): DatedEvent[] {
  return events
    .map((event) => ({ t: Date.parse(event.occurredAt), event }))
    .filter((dated) => Number.isFinite(dated.t))
    .sort((a, b) => a.t - b.t);
}

/** The data's own range, stretched to show every event, the horizon and the resolution; never empty. */
export function xDomain(rows: readonly ChartRow[], events: readonly DatedEvent[], marks: readonly (string | null)[]): [number, number] {
  const times = [...rows.map((row) => row.t), ...events.map((dated) => dated.t)];
  for (const mark of marks) if (mark !== null) times.push(Date.parse(mark));
  const finite = times.filter(Number.isFinite);
  if (finite.length === 0) return [0, DAY_MS];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return lo === hi ? [lo - DAY_MS, hi + DAY_MS] : [lo, hi];
}

export function inDomain(t: number, [lo, hi]: readonly [number, number]): boolean {
  return Number.isFinite(t) && t >= lo && t <= hi;
}

/**
 * The rows where a charted value changes, merged with the events by date: what a screen-reader
 * user needs to read the chart. An event before the first point shows no values.
 */
export function tableRows(rows: readonly ChartRow[], lines: readonly ChartLine[], events: readonly DatedEvent[]): TableRow[] {
  const changes: ChartRow[] = [];
  for (const row of rows) {
    const previous = changes[changes.length - 1];
    if (previous === undefined || lines.some((line) => row[line.key] !== previous[line.key])) changes.push(row);
  }
  const times = [...new Set([...changes.map((row) => row.t), ...events.map((dated) => dated.t)])].sort((a, b) => a - b);

  const table: TableRow[] = [];
  let nextChange = 0;
  let nextEvent = 0;
  let current: ChartRow | null = null;
  for (const t of times) {
    while (nextChange < changes.length && changes[nextChange].t <= t) current = changes[nextChange++];
    const atT: EventDto[] = [];
    while (nextEvent < events.length && events[nextEvent].t === t) atT.push(events[nextEvent++].event);
    const row = current;
    table.push({ t, values: lines.map((line) => (row === null ? null : row[line.key])), events: atT });
  }
  return table;
}

/** Whole UTC days read as "7 Nov 2021"; a moment within a day gets its time too. */
export function formatPointDate(t: number): string {
  return t % DAY_MS === 0 ? formatDay(t) : formatDayTime(t);
}

export function formatValue(value: number | null): string {
  return value === null ? "—" : `${value.toFixed(1)}%`;
}
