import { beforeAll, describe, expect, test } from "vitest";
import type { ForecastSummaryDto } from "@/lib/dto/forecast";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { addIndicator } from "../evidence/add-indicator";
import { addPrediction } from "../forecasts/add-prediction";
import { getForecast } from "../forecasts/get-forecast";
import { listForecasts } from "../forecasts/list-forecasts";
import { EXAMPLE_FORECASTS } from "./example-workspace";
import { loadExampleWorkspace } from "./load-example";

useTempDatabase();

const DAY = 86_400_000;
// Loaded on a fixed day, long after the August 2021 forecasts closed.
const NOW = Date.parse("2026-11-25T12:00:00Z");
const PRACTICE = "Iraqi militias claim a drone or missile attack outside Iraq within three months";
const ESCALATION = "How hard Iran-aligned Iraqi militias hit US forces in the next four months";

let ada: Persona;
let newcomer: Persona;
/** Reads everyone's numbers (SPEC §2: until their first prediction, analysts see none of the others'). */
let reviewer: Persona;
let forecasts: ForecastSummaryDto[];

beforeAll(async () => {
  ada = await persona("Ada", "admin", "analyst");
  newcomer = await persona("Nico", "analyst");
  reviewer = await persona("Rita", "reviewer");
  await loadExampleWorkspace(ada.actor, NOW);
  forecasts = (await listForecasts(ada.actor, { limit: 50 }, NOW)).items;
});

const byTitle = (title: string) => forecasts.find((f) => f.title === title)!;

describe("the example workspace, loaded on a given day", () => {
  test("holds open forecasts whose horizons lie ahead of that day, with first predictions made before it", async () => {
    const open = forecasts.filter((f) => f.status === "open");
    expect(open.map((f) => f.title).sort()).toEqual([PRACTICE, ESCALATION].sort());
    for (const summary of open) {
      expect(Date.parse(summary.closesAt)).toBeGreaterThan(NOW + 60 * DAY);
      // A horizon given as a date means the whole of that UTC day.
      expect(summary.closesAt).toMatch(/T23:59:59\.999Z$/);
      const forecast = await getForecast(reviewer.actor, summary.id, NOW);
      expect(forecast.predictions.length).toBeGreaterThan(0);
      expect(forecast.predictions.every((p) => Date.parse(p.createdAt) <= NOW)).toBe(true);
      expect(Date.parse(forecast.createdAt)).toBeLessThanOrEqual(NOW);
      // At least one indicator still waits for its "expected by", so the board shows a pending deadline.
      expect(forecast.indicators.some((i) => i.expectedBy !== null && Date.parse(i.expectedBy) > NOW && i.status === "pending")).toBe(true);
    }
  });

  test("the open forecast with an event already has it in the past, weighing on its indicator", async () => {
    const forecast = await getForecast(reviewer.actor, byTitle(ESCALATION).id, NOW);
    expect(forecast.events).toHaveLength(1);
    const [event] = forecast.events;
    expect(Date.parse(event.occurredAt)).toBeLessThan(NOW);
    expect(Date.parse(event.occurredAt)).toBeGreaterThan(Date.parse(forecast.createdAt));
    expect(event.title).toMatch(/^Example event: /);
    expect(forecast.indicators.find((i) => event.indicatorIds.includes(i.id))?.status).toBe("observed");
    // Two analysts disagree, so the chart has more than one line to compare.
    expect(new Set(forecast.predictions.map((p) => p.analystId)).size).toBe(2);
  });

  test("the practice forecast is the loading analyst's own: they may add indicators to it", async () => {
    const practice = byTitle(PRACTICE);
    expect(practice.authorId).toBe(ada.actor.id);
    const [, yes] = practice.scenarios;
    const added = await addIndicator(ada.actor, practice.id, { scenarioId: yes.id, description: "A militia claims a strike on Israel", direction: "for", likelihoodRatio: 3 }, NOW + 1000);
    expect(added.status).toBe("pending");
  });

  test("a newcomer can make their first prediction on an open example forecast", async () => {
    const escalation = byTitle(ESCALATION);
    const [harassment, none, casualties] = escalation.scenarios;
    await addPrediction(newcomer.actor, escalation.id, { probabilities: { [harassment.id]: 50, [none.id]: 25, [casualties.id]: 25 }, rationale: "Practice." }, NOW + 1000);
    const forecast = await getForecast(newcomer.actor, escalation.id, NOW + 1000);
    expect(forecast.predictions.filter((p) => p.analystId === newcomer.actor.id)).toHaveLength(1);
  });

  test("keeps the August 2021 forecasts exactly as written, closed, and tied to the report", () => {
    const historical = forecasts.filter((f) => f.reportId !== null);
    const shape = (f: { title: string; closesAt: string; createdAt: string; tags: string[] }) => ({
      title: f.title,
      closesAt: new Date(f.closesAt).toISOString(),
      createdAt: new Date(f.createdAt).toISOString(),
      tags: [...f.tags].sort(),
    });
    expect(historical.map(shape).sort((a, b) => a.title.localeCompare(b.title))).toEqual(EXAMPLE_FORECASTS.map(shape).sort((a, b) => a.title.localeCompare(b.title)));
    expect(historical.every((f) => f.status === "closed")).toBe(true);
    // Besides the resolved practice record (tagged "practice-record"), only the two open forecasts stand apart from the report.
    expect(forecasts.filter((f) => f.reportId === null && !f.tags.includes("practice-record")).map((f) => f.title).sort()).toEqual([PRACTICE, ESCALATION].sort());
  });
});
