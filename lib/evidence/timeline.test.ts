import { describe, expect, it } from "vitest";
import { assessAt } from "./assessment";
import { priorOf } from "./implied";
import { buildTimeline, type TimelineInput, type TimelinePoint } from "./timeline";
import type { EventFacts, IndicatorFacts, PredictionFacts, ResolutionFacts, ScenarioRef } from "./types";

const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;

const scenarios: ScenarioRef[] = [
  { id: "a", label: "Harassing attacks continue", baseline: true },
  { id: "b", label: "Lethal attacks resume", baseline: false },
];
const event = (id: string, iso: string): EventFacts => ({ id, occurredAt: at(iso), title: id, indicatorIds: [] });
const e0 = event("e0", "2020-12-30T10:00Z"); // before the forecast was created
const e1 = event("e1", "2021-01-02T00:00Z"); // exactly at a midnight
const e2 = event("e2", "2021-01-03T12:00Z");
const e9 = event("e9", "2021-01-05T00:00Z"); // after end

function indicator(id: string, scenarioId: string, direction: "for" | "against", lr: number, times: number[]): IndicatorFacts {
  return { id, scenarioId, description: id, direction, likelihoodRatio: lr, expectedBy: null, retired: false, eventTimes: times };
}
const prediction = (analystId: string, iso: string, a: number): PredictionFacts => ({
  analystId,
  createdAt: at(iso),
  probabilities: { a, b: 100 - a },
});
const ann1 = prediction("ann", "2021-01-01T15:00Z", 60); // at createdAt
const bob1 = prediction("bob", "2021-01-02T09:00Z", 30);
const ann2 = prediction("ann", "2021-01-03T12:00Z", 50); // at the same moment as e2

function input(overrides: Partial<TimelineInput> = {}): TimelineInput {
  return {
    scenarios,
    createdAt: at("2021-01-01T15:00Z"),
    end: at("2021-01-04T06:00Z"),
    predictions: [ann2, bob1, ann1],
    indicators: [
      indicator("i0", "a", "for", 2, [e0.occurredAt]),
      indicator("i2", "b", "for", 4, [e2.occurredAt]),
    ],
    events: [e2, e9, e0, e1],
    authorId: "ann",
    resolution: null,
    ...overrides,
  };
}

describe("buildTimeline points", () => {
  it("has createdAt, each midnight, each event and prediction in range, and end, once each", () => {
    expect(buildTimeline(input()).points.map((p) => new Date(p.date).toISOString())).toEqual([
      "2021-01-01T15:00:00.000Z", // createdAt and ann's first prediction
      "2021-01-02T00:00:00.000Z", // midnight and e1
      "2021-01-02T09:00:00.000Z", // bob's prediction
      "2021-01-03T00:00:00.000Z",
      "2021-01-03T12:00:00.000Z", // e2 and ann's second prediction
      "2021-01-04T00:00:00.000Z",
      "2021-01-04T06:00:00.000Z", // end
    ]);
  });

  it("starts and ends on midnights without doubling them", () => {
    const timeline = buildTimeline(input({ createdAt: at("2021-01-01T00:00Z"), end: at("2021-01-03T00:00Z"), events: [], predictions: [] }));
    expect(timeline.points.map((p) => p.date)).toEqual([at("2021-01-01T00:00Z"), at("2021-01-02T00:00Z"), at("2021-01-03T00:00Z")]);
  });

  it("adds a point where an indicator is first observed, even through an event not passed in", () => {
    const late = indicator("i3", "a", "for", 1.5, [at("2021-01-02T18:00Z")]);
    const dates = buildTimeline(input({ indicators: [late], events: [] })).points.map((p) => p.date);
    expect(dates).toContain(at("2021-01-02T18:00Z"));
  });

  it("gives a single point when end is before createdAt", () => {
    const timeline = buildTimeline(input({ end: at("2021-01-01T00:00Z") }));
    expect(timeline.points.map((p) => p.date)).toEqual([at("2021-01-01T15:00Z")]);
  });

  it("lists the events up to end, oldest first, including those before createdAt", () => {
    expect(buildTimeline(input()).events.map((e) => e.id)).toEqual(["e0", "e1", "e2"]);
  });
});

describe("buildTimeline stated probabilities", () => {
  const { points } = buildTimeline(input());

  it("holds each analyst's latest prediction at or before the point, counting one made exactly then", () => {
    expect(points.map((p) => p.stated)).toEqual([
      { ann: ann1.probabilities },
      { ann: ann1.probabilities },
      { ann: ann1.probabilities, bob: bob1.probabilities },
      { ann: ann1.probabilities, bob: bob1.probabilities },
      { ann: ann2.probabilities, bob: bob1.probabilities },
      { ann: ann2.probabilities, bob: bob1.probabilities },
      { ann: ann2.probabilities, bob: bob1.probabilities },
    ]);
  });

  it("shares objects between points while nothing changes", () => {
    expect(points[1].stated).toBe(points[0].stated);
    expect(points[2].stated).not.toBe(points[1].stated);
    expect(points[2].stated.ann).toBe(points[1].stated.ann);
    expect(points[4].stated.bob).toBe(points[2].stated.bob);
    expect(points[3].implied).toBe(points[0].implied);
  });

  it("ignores predictions after end and lets the later listed of two simultaneous ones win", () => {
    const first = prediction("cat", "2021-01-02T09:00Z", 10);
    const second = prediction("cat", "2021-01-02T09:00Z", 20);
    const tooLate = prediction("cat", "2021-01-04T06:00:00.001Z", 90);
    const timeline = buildTimeline(input({ predictions: [ann1, tooLate, first, second] }));
    expect(timeline.points.at(-1)?.stated.cat).toBe(second.probabilities);
  });
});

describe("buildTimeline implied probabilities and status", () => {
  it("counts an event before createdAt from the first point and an event when it happens", () => {
    // prior = ann's first prediction, 60/40. i0 (e0, before createdAt): w = 60×2 = 120, 40 → 75/25.
    // From e2: i2 for b, LR 4: w = 120, 160; Σ 280 → 42.857/57.143, b ahead: overtaken.
    const { points } = buildTimeline(input());
    expect(points.map((p) => p.status)).toEqual(["holding", "holding", "holding", "holding", "overtaken", "overtaken", "overtaken"]);
    expect(points[3].implied.a).toBeCloseTo(75, 9);
    expect(points[4].implied.a).toBeCloseTo(1200 / 28, 9);
  });

  it("switches to the resolved status at outcomeKnownAt, which gets a point of its own", () => {
    const resolution: ResolutionFacts = {
      annulled: false,
      outcomeScenarioId: "b",
      outcomeKnownAt: at("2021-01-03T20:00Z"),
      resolvedAt: at("2021-01-05T10:00Z"),
    };
    const { points } = buildTimeline(input({ resolution }));
    expect(points.slice(4).map((p) => [new Date(p.date).toISOString(), p.status])).toEqual([
      ["2021-01-03T12:00:00.000Z", "overtaken"],
      ["2021-01-03T20:00:00.000Z", "not_borne_out"],
      ["2021-01-04T00:00:00.000Z", "not_borne_out"],
      ["2021-01-04T06:00:00.000Z", "not_borne_out"],
    ]);
  });
});

// A slow, obviously correct timeline: every point recomputed from scratch.
function naiveTimeline(x: TimelineInput): TimelinePoint[] {
  const end = Math.max(x.end, x.createdAt);
  const inRange = (t: number) => t >= x.createdAt && t <= end;
  const dates = new Set<number>([x.createdAt, end]);
  for (let day = Math.floor(x.createdAt / DAY) + 1; day * DAY <= end; day++) dates.add(day * DAY);
  for (const e of x.events) if (inRange(e.occurredAt)) dates.add(e.occurredAt);
  for (const p of x.predictions) if (inRange(p.createdAt)) dates.add(p.createdAt);
  for (const i of x.indicators) {
    if (!i.retired && i.eventTimes.length > 0 && inRange(Math.min(...i.eventTimes))) dates.add(Math.min(...i.eventTimes));
  }
  if (x.resolution && inRange(x.resolution.outcomeKnownAt)) dates.add(x.resolution.outcomeKnownAt);

  const prior = priorOf(x.predictions, x.authorId, x.scenarios);
  return [...dates]
    .sort((a, b) => a - b)
    .map((date) => {
      const stated: Record<string, Record<string, number>> = {};
      const latestAt: Record<string, number> = {};
      for (const p of x.predictions) {
        if (p.createdAt <= date && !(p.createdAt < latestAt[p.analystId])) {
          stated[p.analystId] = p.probabilities;
          latestAt[p.analystId] = p.createdAt;
        }
      }
      const { implied, status } = assessAt({ ...x, prior, t: date });
      return { date, stated, implied, status };
    });
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function randomCase(seed: number): TimelineInput {
  const random = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const three: ScenarioRef[] = [
    { id: "s1", label: "One", baseline: false },
    { id: "s2", label: "Two", baseline: true },
    { id: "s3", label: "Three", baseline: false },
  ];
  const createdAt = at("2021-03-10T07:00Z");
  const end = createdAt + 40 * DAY;
  // Whole hours from 5 days before creation to 5 days after end, so times collide with midnights and each other.
  const time = () => createdAt - 5 * DAY + Math.floor(random() * 50 * 24) * 3_600_000;
  const probabilities = () => {
    const raw = three.map(() => 1 + random() * 9);
    const total = raw.reduce((s, r) => s + r, 0);
    return Object.fromEntries(three.map((s, k) => [s.id, (raw[k] / total) * 100]));
  };

  const events: EventFacts[] = Array.from({ length: 30 }, (_, k) => ({ id: `e${k}`, occurredAt: time(), title: `e${k}`, indicatorIds: [] }));
  const indicators: IndicatorFacts[] = Array.from({ length: 10 }, (_, k) => {
    const linked = events.filter(() => random() < 0.1);
    for (const e of linked) e.indicatorIds.push(`i${k}`);
    return {
      id: `i${k}`,
      scenarioId: pick(three).id,
      description: `i${k}`,
      direction: random() < 0.5 ? "for" : "against",
      likelihoodRatio: pick([1.5, 3, 10]),
      expectedBy: random() < 0.3 ? time() : null,
      retired: random() < 0.15,
      eventTimes: linked.map((e) => e.occurredAt),
    };
  });
  const analysts = ["an0", "an1", "an2", "an3", "an4", "an5"];
  const predictions: PredictionFacts[] = Array.from({ length: 80 }, () => ({
    analystId: pick(analysts),
    createdAt: random() < 0.2 ? pick(events).occurredAt : time(),
    probabilities: probabilities(),
  }));
  const resolution: ResolutionFacts | null =
    random() < 0.5 ? null : { annulled: random() < 0.2, outcomeScenarioId: pick(three).id, outcomeKnownAt: time(), resolvedAt: end };
  if (resolution?.annulled) resolution.outcomeScenarioId = null;
  return { scenarios: three, createdAt, end, predictions, indicators, events, authorId: "an0", resolution };
}

describe("buildTimeline against a naive reference", () => {
  it.each(Array.from({ length: 20 }, (_, k) => k + 1))("agrees on random case %i", (seed) => {
    const x = randomCase(seed);
    expect(buildTimeline(x).points).toEqual(naiveTimeline(x));
  });
});
