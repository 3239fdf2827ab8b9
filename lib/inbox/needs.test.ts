import { describe, expect, test } from "vitest";
import { DAY_MS, needsOf, type LinkedEvidence, type MyStanding, type NeedFacts } from "./needs";

const NOW = Date.UTC(2027, 0, 20, 12); // 20 January 2027, noon UTC

function standing(overrides: Partial<MyStanding> = {}): MyStanding {
  return { forecastId: "f1", title: "Proxies attack", closesAt: NOW + 60 * DAY_MS, lastPredictionId: "p1", lastPredictionAt: NOW - 10 * DAY_MS, staleDays: 30, ...overrides };
}

function facts(overrides: Partial<NeedFacts> = {}): NeedFacts {
  return { now: NOW, standings: [], evidence: [], resolutionsDue: [], overdue: [], ...overrides };
}

const kinds = (f: NeedFacts) => needsOf(f).map((n) => n.kind);

describe("stale: a standing prediction older than the team's N days", () => {
  test.each([
    ["29 days old, N = 30", 29, 30, false],
    ["exactly 30 days old, N = 30", 30, 30, false],
    ["30 days and a minute old, N = 30", 30 + 1 / 1440, 30, true],
    ["8 days old, N = 7", 8, 7, true],
  ])("%s: stale %s", (_label, age, staleDays, expected) => {
    const f = facts({ standings: [standing({ lastPredictionAt: NOW - age * DAY_MS, staleDays })] });
    expect(kinds(f).includes("stale")).toBe(expected);
  });

  test("a closed forecast is never stale; a new prediction gives a new item id", () => {
    expect(kinds(facts({ standings: [standing({ closesAt: NOW - 1, lastPredictionAt: NOW - 90 * DAY_MS })] }))).toEqual([]);
    const a = needsOf(facts({ standings: [standing({ lastPredictionAt: NOW - 40 * DAY_MS })] }))[0];
    const b = needsOf(facts({ standings: [standing({ lastPredictionId: "p2", lastPredictionAt: NOW - 40 * DAY_MS })] }))[0];
    expect(a.id).not.toBe(b.id);
    expect(a.href).toBe("/forecasts/f1#predict-heading");
  });
});

describe("new evidence since my last prediction", () => {
  const link = (linkedAt: number, id = "l1"): LinkedEvidence => ({ forecastId: "f1", linkId: id, linkedAt, eventTitle: "Drone attack on Erbil", indicatorDescription: "Lethal attack" });

  test("a link made after my last prediction is named; one made before is not", () => {
    const before = facts({ standings: [standing()], evidence: [link(NOW - 11 * DAY_MS)] });
    expect(kinds(before)).toEqual([]);
    const after = needsOf(facts({ standings: [standing()], evidence: [link(NOW - 11 * DAY_MS, "l0"), link(NOW - DAY_MS, "l1"), link(NOW - 2 * DAY_MS, "l2")] }));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ kind: "new_evidence", id: "need:evidence:f1:l1" });
    expect(after[0].text).toContain("“Drone attack on Erbil”");
    expect(after[0].text).toContain("and 1 more link");
  });

  test("predicting again makes it disappear", () => {
    expect(kinds(facts({ standings: [standing({ lastPredictionAt: NOW - 1000 })], evidence: [link(NOW - DAY_MS)] }))).toEqual([]);
  });
});

describe("closing within 7 days, not updated this month", () => {
  test.each([
    ["closes in 3 days, last updated last month", 3, Date.UTC(2026, 11, 31), true],
    ["closes in 3 days, updated on the 1st of this month", 3, Date.UTC(2027, 0, 1), false],
    ["closes in 8 days, last updated last month", 8, Date.UTC(2026, 11, 31), false],
  ])("%s: flagged %s", (_label, inDays, lastPredictionAt, expected) => {
    const f = facts({ standings: [standing({ closesAt: NOW + inDays * DAY_MS, lastPredictionAt, staleDays: 365 })] });
    expect(kinds(f).includes("closing_soon")).toBe(expected);
  });
});

describe("resolutions due and escalation after 7 days", () => {
  const due = (closedDaysAgo: number, id = "f9") => ({ forecastId: id, title: "Done", closesAt: NOW - closedDaysAgo * DAY_MS });

  test("a reviewer sees each due resolution, oldest first, overdue ones say they were escalated", () => {
    const needs = needsOf(facts({ resolutionsDue: [due(10, "old"), due(2, "new")] }));
    expect(needs.map((n) => n.forecastId)).toEqual(["old", "new"]);
    expect(needs[0].text).toContain("Overdue by 10 days: escalated");
    expect(needs[1].text).not.toContain("escalated");
  });

  test.each([
    ["7 days after the horizon", 7, false],
    ["7 days and a minute after", 7 + 1 / 1440, true],
    ["30 days after", 30, true],
  ])("a manager's inbox, %s: escalated %s", (_label, closedDaysAgo, expected) => {
    expect(kinds(facts({ overdue: [due(closedDaysAgo)] })).includes("escalated")).toBe(expected);
  });
});
