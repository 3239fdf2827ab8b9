import { describe, expect, test } from "vitest";
import { buildTimeline } from "./timeline";
import { compactEvidence, expandTimeline } from "./compact-timeline";
import type { IndicatorFacts, PredictionFacts, ScenarioRef } from "./types";

const DAY = 86_400_000;
const T0 = Date.parse("2021-08-10T12:00:00Z");
const scenarios: ScenarioRef[] = [
  { id: "hold", label: "Holds", baseline: true },
  { id: "esc", label: "Escalates", baseline: false },
];
const predictions: PredictionFacts[] = [
  { analystId: "ada", createdAt: T0, probabilities: { hold: 70, esc: 30 } },
  { analystId: "bob", createdAt: T0 + 3 * DAY + 5, probabilities: { hold: 40, esc: 60 } },
  { analystId: "ada", createdAt: T0 + 9 * DAY, probabilities: { hold: 55, esc: 45 } },
];
const indicators: IndicatorFacts[] = [
  { id: "i1", scenarioId: "hold", description: "attack", direction: "against", likelihoodRatio: 3, expectedBy: null, retired: false, eventTimes: [T0 + 5 * DAY] },
];

const full = buildTimeline({
  scenarios,
  createdAt: T0,
  end: T0 + 20 * DAY,
  predictions,
  indicators,
  events: [{ id: "e1", occurredAt: T0 + 5 * DAY, title: "attack", indicatorIds: ["i1"] }],
  authorId: "ada",
  resolution: null,
});

describe("the compact timeline sent to the chart", () => {
  const evidence = compactEvidence(full.points);
  const expanded = expandTimeline({ start: T0, end: T0 + 20 * DAY, predictions, evidence });

  test("keeps the evidence only where it changes", () => {
    // holding at 70/30, then the attack: 70/3 vs 30 -> 43.75 % vs 56.25 %, overtaken
    expect(evidence.map((e) => e.status)).toEqual(["holding", "overtaken"]);
    expect(evidence[1].implied.hold).toBeCloseTo(43.75, 9);
  });

  test("rebuilds exactly the full timeline's values at every moment it keeps", () => {
    const byDate = new Map(full.points.map((p) => [p.date, p]));
    for (const point of expanded) {
      const reference = byDate.get(point.date)!;
      expect({ stated: point.stated, implied: point.implied, status: point.status }).toEqual({
        stated: reference.stated,
        implied: reference.implied,
        status: reference.status,
      });
    }
  });

  test("has a point at the start, at each prediction, at the evidence change and at the end", () => {
    expect(expanded.map((p) => (p.date - T0) / DAY)).toEqual([0, 3 + 5 / DAY, 5, 9, 20]);
  });

  test("ignores a prediction made after the end", () => {
    const late = expandTimeline({ start: T0, end: T0 + DAY, predictions, evidence });
    expect(Object.keys(late.at(-1)!.stated)).toEqual(["ada"]);
  });
});
