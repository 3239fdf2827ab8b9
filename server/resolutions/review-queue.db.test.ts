import { beforeAll, describe, expect, test } from "vitest";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { addPrediction } from "../forecasts/add-prediction";
import { createForecast } from "../forecasts/create-forecast";
import { resolveForecast } from "./resolve-forecast";
import { QUEUE_PAGE_SIZE, reviewQueue } from "./review-queue";

useTempDatabase();

const DAY = 86_400_000;
const NOW = Date.now();

let ada: Persona; // analyst and reviewer, author of every forecast
let ria: Persona; // analyst and reviewer who predicts on one of them
let rex: Persona; // reviewer, uninvolved
let bob: Persona; // analyst only
/** The closed forecasts, by how many days ago they closed: id and scenario ids. */
const closedAgo = new Map<number, { id: string; scenarioIds: string[] }>();

/** A forecast made 40 days ago that closed (or closes) `closesInDays` from now. */
async function forecastClosingIn(closesInDays: number, title: string) {
  const body = forecastInput({ title, closesAt: new Date(NOW + closesInDays * DAY).toISOString() });
  const made = await createForecast(ada.actor, body, NOW - 40 * DAY);
  return { id: made.id, scenarioIds: made.scenarios.map((s) => s.id) };
}

beforeAll(async () => {
  ada = await persona("Ada", "analyst", "reviewer");
  ria = await persona("Ria", "analyst", "reviewer");
  rex = await persona("Rex", "reviewer");
  bob = await persona("Bob", "analyst");
  // Made in an order unlike their horizons, so the queue's order can only come from closesAt.
  for (const ago of [3, 11, 1, 7, 12, 2, 9, 4, 10, 5, 8, 6]) closedAgo.set(ago, await forecastClosingIn(-ago, `Closed ${ago} days ago`));
  await forecastClosingIn(30, "Still open");
  const [yes, no] = closedAgo.get(12)!.scenarioIds;
  await addPrediction(ria.actor, closedAgo.get(12)!.id, { probabilities: { [yes]: 40, [no]: 60 } }, NOW - 30 * DAY);
  const resolved = closedAgo.get(11)!;
  await resolveForecast(rex.actor, resolved.id, { outcomeScenarioId: resolved.scenarioIds[0], outcomeKnownAt: new Date(NOW - DAY).toISOString(), rationale: "Seen." }, NOW);
});

describe("the resolution queue", () => {
  test("forecasts past their horizon and unresolved, the oldest horizon first, paged by cursor", async () => {
    const titles = (items: { forecast: { title: string } }[]) => items.map((i) => i.forecast.title);
    const first = await reviewQueue(rex.actor, {}, NOW);
    // 12 closed, one of them resolved: 11 wait; the open one never shows.
    expect(first.total).toBe(11);
    expect(QUEUE_PAGE_SIZE).toBe(10);
    expect(titles(first.items)).toEqual([12, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((ago) => `Closed ${ago} days ago`));
    expect(first.nextCursor).not.toBeNull();
    const second = await reviewQueue(rex.actor, { cursor: first.nextCursor! }, NOW);
    expect(titles(second.items)).toEqual(["Closed 1 days ago"]);
    expect(second.nextCursor).toBeNull();
  });

  test("each item carries what the reviewer decides on: statement, criteria, scenarios, assessment", async () => {
    const [item] = (await reviewQueue(rex.actor, {}, NOW)).items;
    expect(item.forecast).toMatchObject({ statement: expect.stringContaining("harassment"), resolutionCriteria: expect.stringContaining("Resolves No"), status: "closed" });
    expect(item.forecast.scenarios.map((s) => s.label)).toEqual(["Low-level only", "Lethal attacks resume"]);
    expect(item.forecast.assessment.status).toBe("holding");
    expect(item).not.toHaveProperty("forecast.predictions");
  });

  test("the author and a reviewer who predicted see why they may not resolve; an uninvolved reviewer may", async () => {
    const riaPredicted = closedAgo.get(12)!.id;
    const refusalOf = async (who: Persona) => (await reviewQueue(who.actor, {}, NOW)).items.find((i) => i.forecast.id === riaPredicted)?.refusal;
    expect(await refusalOf(rex)).toBeNull();
    expect(await refusalOf(ria)).toBe("You predicted on this forecast, so another reviewer must resolve it.");
    expect(await refusalOf(ada)).toBe("You wrote this forecast, so another reviewer must resolve it.");
  });

  test("an analyst without the reviewer role is refused (403); a cursor the page never gave is a 400", async () => {
    await expect(reviewQueue(bob.actor, {}, NOW)).rejects.toMatchObject({ status: 403 });
    await expect(reviewQueue(rex.actor, { cursor: "not-a-cursor" }, NOW)).rejects.toMatchObject({ status: 400 });
  });
});
