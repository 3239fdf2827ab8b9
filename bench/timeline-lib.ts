// Times buildTimeline on the size SPEC-level pages must handle: 50 analysts, 2,000 predictions,
// 40 indicators, 500 events over about two years, 3 scenarios. Seeded, so every run builds the same case.
// Run: npx tsx bench/timeline-lib.ts
import {
  buildTimeline,
  type EventFacts,
  type IndicatorFacts,
  type PredictionFacts,
  type ScenarioRef,
  type TimelineInput,
} from "../lib/evidence";

const DAY = 86_400_000;
const RUNS = 5;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generate(seed: number): TimelineInput {
  const random = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const scenarios: ScenarioRef[] = [
    { id: "s-base", label: "Harassing attacks continue", baseline: true },
    { id: "s-lethal", label: "Lethal attacks resume", baseline: false },
    { id: "s-stop", label: "Attacks stop", baseline: false },
  ];
  const createdAt = Date.parse("2021-01-15T09:30Z");
  const end = createdAt + 730 * DAY;
  const time = () => createdAt + Math.floor(random() * (end - createdAt));

  const indicatorIds = Array.from({ length: 40 }, (_, k) => `ind-${k}`);
  const events: EventFacts[] = Array.from({ length: 500 }, (_, k) => ({
    id: `evt-${k}`,
    occurredAt: time(),
    title: `Event ${k}`,
    indicatorIds: random() < 0.3 ? [pick(indicatorIds)] : [],
  }));
  const indicators: IndicatorFacts[] = indicatorIds.map((id, k) => ({
    id,
    scenarioId: pick(scenarios).id,
    description: `Indicator ${k}`,
    direction: random() < 0.5 ? "for" : "against",
    likelihoodRatio: pick([1.5, 3, 10]),
    expectedBy: random() < 0.3 ? time() : null,
    retired: random() < 0.1,
    eventTimes: events.filter((e) => e.indicatorIds.includes(id)).map((e) => e.occurredAt),
  }));

  const analysts = Array.from({ length: 50 }, (_, k) => `analyst-${k}`);
  const predictions: PredictionFacts[] = Array.from({ length: 2000 }, () => {
    const raw = scenarios.map(() => 1 + random() * 9);
    const total = raw.reduce((sum, r) => sum + r, 0);
    return {
      analystId: pick(analysts),
      createdAt: time(),
      probabilities: Object.fromEntries(scenarios.map((s, k) => [s.id, (raw[k] / total) * 100])),
    };
  });

  return { scenarios, createdAt, end, predictions, indicators, events, authorId: analysts[0], resolution: null };
}

const input = generate(20211010);
const timings: number[] = [];
let points = 0;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  points = buildTimeline(input).points.length;
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
console.log(
  `buildTimeline: ${points} points, median ${timings[Math.floor(RUNS / 2)].toFixed(2)} ms over ${RUNS} runs ` +
    `(min ${timings[0].toFixed(2)}, max ${timings[RUNS - 1].toFixed(2)})`,
);
