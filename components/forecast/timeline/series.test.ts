import { describe, expect, test } from "vitest";
import type { EventDto, TimelinePointDto } from "@/lib/dto/forecast";
import { AUTHOR_COLOR, IMPLIED_COLOR, MEDIAN_COLOR } from "./palette";
import { chartLines, chartRows, datedEvents, formatPointDate, formatValue, inDomain, plotRows, tableRows, xDomain, type ChartRow } from "./series";

const DAY = 86_400_000;
const T0 = Date.parse("2021-11-01T00:00:00Z");
const iso = (days: number) => new Date(T0 + days * DAY).toISOString();

function point(days: number, stated: TimelinePointDto["stated"], impliedYes: number): TimelinePointDto {
  return { date: iso(days), stated, implied: { yes: impliedYes, no: 100 - impliedYes }, status: "holding" };
}
function event(id: string, days: number): EventDto {
  return {
    id,
    occurredAt: iso(days),
    title: `Event ${id}`,
    description: "",
    sourceUrl: null,
    sourceReliability: "B",
    infoCredibility: 2,
    indicatorIds: [],
    links: [],
  };
}

const people = { ann: { name: "Ann" }, bob: { name: "Bob" }, zed: { name: "Zed" }, "x.y": { name: "Dotty" } };
const points = [
  point(0, { zed: { yes: 60, no: 40 } }, 60),
  point(1, { zed: { yes: 60, no: 40 } }, 60),
  point(2, { zed: { yes: 60, no: 40 }, bob: { yes: 30, no: 70 }, "x.y": { yes: 50, no: 50 } }, 75),
  point(3, { zed: { yes: 65, no: 35 }, bob: { yes: 30, no: 70 }, "x.y": { yes: 50, no: 50 } }, 75),
];

describe("chartLines", () => {
  test("the author first and marked, the others by name, the evidence last", () => {
    const lines = chartLines(points, "zed", people);
    expect(lines.map((l) => [l.key, l.name, l.kind])).toEqual([
      ["a0", "Zed (author)", "author"],
      ["a1", "Bob", "analyst"],
      ["a2", "Dotty", "analyst"],
      ["implied", "Evidence-implied", "implied"],
    ]);
    expect(lines[0].color).toBe(AUTHOR_COLOR);
    expect(lines[3].color).toBe(IMPLIED_COLOR);
  });

  test("an author yet to predict has no line; an unknown analyst still gets one", () => {
    const lines = chartLines([point(0, { ghost: { yes: 50, no: 50 } }, 50)], "ann", people);
    expect(lines.map((l) => l.name)).toEqual(["Unknown analyst", "Evidence-implied"]);
    expect(lines[0].key).toBe("a0");
  });

  test("no predictions: the evidence line alone", () => {
    expect(chartLines([], "ann", people).map((l) => l.kind)).toEqual(["implied"]);
  });
});

describe("the team median's line", () => {
  // Steps as SPEC §5's aggregate gives them: Zed alone on day 0 (60/40); with Bob and Dotty on day 2
  // the medians are yes 50, no 50 (sum 100, nothing to renormalise); Zed's 65/35 on day 3 keeps them.
  const median = {
    name: "Team median (everyone)",
    steps: [
      { at: T0, probabilities: { yes: 60, no: 40 } },
      { at: T0 + 2 * DAY, probabilities: { yes: 50, no: 50 } },
    ],
  };

  test("a bold line of its own after the analysts and before the evidence, named for its group", () => {
    const lines = chartLines(points, "zed", people, median);
    expect(lines.map((l) => [l.key, l.name, l.kind])).toEqual([
      ["a0", "Zed (author)", "author"],
      ["a1", "Bob", "analyst"],
      ["a2", "Dotty", "analyst"],
      ["median", "Team median (everyone)", "median"],
      ["implied", "Evidence-implied", "implied"],
    ]);
    expect(lines[3].color).toBe(MEDIAN_COLOR);
  });

  test("each row holds the median standing at its time; none before anyone predicted, and no line without steps", () => {
    const lines = chartLines(points, "zed", people, median);
    const rows = chartRows([point(-1, {}, 50), ...points], lines, "yes", median);
    expect(rows.map((r) => r.median)).toEqual([null, 60, 60, 50, 50]);
    expect(chartRows(points, lines, "no", median).map((r) => r.median)).toEqual([40, 40, 50, 50]);
    expect(chartLines(points, "zed", people, { name: "Team median (Desk)", steps: [] }).some((l) => l.kind === "median")).toBe(false);
  });
});

describe("chartRows", () => {
  const lines = chartLines(points, "zed", people);

  test("one row per point with each line's value for the chosen scenario, null before a first prediction", () => {
    const rows = chartRows(points, lines, "yes");
    expect(rows[0]).toEqual({ t: T0, a0: 60, a1: null, a2: null, implied: 60 });
    expect(rows[3]).toEqual({ t: T0 + 3 * DAY, a0: 65, a1: 30, a2: 50, implied: 75 });
    expect(chartRows(points, lines, "no")[3]).toEqual({ t: T0 + 3 * DAY, a0: 35, a1: 70, a2: 50, implied: 25 });
  });

  test("sorted by time, whatever the order given", () => {
    expect(chartRows([...points].reverse(), lines, "yes").map((r) => r.t)).toEqual(points.map((p) => Date.parse(p.date)));
  });
});

describe("plotRows", () => {
  const lines = chartLines(points, "zed", people);

  test("short timelines are kept whole", () => {
    const rows = chartRows(points, lines, "yes");
    expect(plotRows(rows, lines)).toEqual(rows);
  });

  test("a long timeline keeps every change, both ends, and a bounded sample of unchanged days", () => {
    const implied = lines.filter((line) => line.kind === "implied");
    const rows: ChartRow[] = Array.from({ length: 3000 }, (_, day) => ({
      t: T0 + day * DAY,
      implied: day < 1234 ? 60 : day < 2999 ? 70 : 65,
    }));
    const kept = plotRows(rows, implied);
    const keptDays = kept.map((row) => (row.t - T0) / DAY);
    expect(keptDays).toEqual(expect.arrayContaining([0, 1234, 2999]));
    expect(kept.length).toBeLessThanOrEqual(404);
    // Nothing is invented: each kept row is the original one.
    for (const row of kept) expect(rows).toContain(row);
  });
});

describe("xDomain", () => {
  const rows = chartRows(points, chartLines(points, "zed", people), "yes");

  test("stretched to the horizon, the resolution and every event", () => {
    expect(xDomain(rows, [], [iso(30), null])).toEqual([T0, T0 + 30 * DAY]);
    expect(xDomain(rows, datedEvents([event("e", -5)]), [iso(2), iso(10)])).toEqual([T0 - 5 * DAY, T0 + 10 * DAY]);
  });

  test("a single moment is widened by a day each side", () => {
    expect(xDomain(rows.slice(0, 1), [], [iso(0)])).toEqual([T0 - DAY, T0 + DAY]);
  });

  test("inDomain includes both ends", () => {
    expect(inDomain(T0, [T0, T0 + DAY])).toBe(true);
    expect(inDomain(T0 + DAY, [T0, T0 + DAY])).toBe(true);
    expect(inDomain(T0 + DAY + 1, [T0, T0 + DAY])).toBe(false);
    expect(inDomain(Number.NaN, [T0, T0 + DAY])).toBe(false);
  });
});

describe("tableRows", () => {
  const lines = chartLines(points, "zed", people);
  const rows = chartRows(points, lines, "yes");

  test("only the rows where a value changes", () => {
    expect(tableRows(rows, lines, []).map((r) => [r.t, r.values])).toEqual([
      [T0, [60, null, null, 60]],
      [T0 + 2 * DAY, [60, 30, 50, 75]],
      [T0 + 3 * DAY, [65, 30, 50, 75]],
    ]);
  });

  test("events merged in by time: on a change, between changes, before the first point", () => {
    const events = datedEvents([event("same", 2), event("between", 1.5), event("early", -1), event("twin", 2)]);
    const table = tableRows(rows, lines, events);
    expect(table.map((r) => [r.t, r.values, r.events.map((e) => e.id)])).toEqual([
      [T0 - DAY, [null, null, null, null], ["early"]],
      [T0, [60, null, null, 60], []],
      [T0 + 1.5 * DAY, [60, null, null, 60], ["between"]],
      [T0 + 2 * DAY, [60, 30, 50, 75], ["same", "twin"]],
      [T0 + 3 * DAY, [65, 30, 50, 75], []],
    ]);
  });

  test("nothing at all gives no rows", () => {
    expect(tableRows([], lines, [])).toEqual([]);
  });
});

describe("formatting", () => {
  test("dates in UTC, with the time only when off midnight", () => {
    expect(formatPointDate(Date.parse("2021-11-07T00:00:00Z"))).toBe("7 Nov 2021");
    expect(formatPointDate(Date.parse("2021-11-07T14:30:00Z"))).toMatch(/^7 Nov 2021.*14:30/);
  });

  test("values with one decimal and a percent sign", () => {
    expect(formatValue(60)).toBe("60.0%");
    expect(formatValue(33.3333)).toBe("33.3%");
    expect(formatValue(null)).toBe("—");
  });
});

test("events with unreadable dates are dropped, the rest sorted", () => {
  const bad = { ...event("bad", 0), occurredAt: "not a date" };
  expect(datedEvents([event("b", 2), bad, event("a", 1)]).map((d) => d.event.id)).toEqual(["a", "b"]);
});
