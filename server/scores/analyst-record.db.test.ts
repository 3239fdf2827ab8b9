import { beforeAll, describe, expect, test } from "vitest";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { addPrediction } from "../forecasts/add-prediction";
import { createForecast } from "../forecasts/create-forecast";
import { resolveForecast } from "../resolutions/resolve-forecast";
import { analystRecord } from "./analyst-record";
import { scoreFilterChoices } from "./score-filter-choices";

useTempDatabase();

const DAY = 86_400_000;
const NOW = Date.now();

let ada: Persona; // analyst, author of both forecasts
let bob: Persona; // analyst who predicts on both
let rex: Persona; // reviewer
let max: Persona; // manager

/** A yes/no forecast made 20 days ago, closed 10 days ago: Ada at 60 on Yes, Bob at `bobsYes`; resolved Yes or No. */
async function scoredForecast(title: string, bobsYes: number, outcome: "yes" | "no", knownDaysAgo: number) {
  const made = await createForecast(ada.actor, forecastInput({ title, closesAt: new Date(NOW - 10 * DAY).toISOString(), probabilities: [60, 40] }), NOW - 20 * DAY);
  const [yes, no] = made.scenarios.map((s) => s.id);
  await addPrediction(bob.actor, made.id, { probabilities: { [yes]: bobsYes, [no]: 100 - bobsYes } }, NOW - 15 * DAY);
  const outcomeKnownAt = new Date(NOW - knownDaysAgo * DAY).toISOString();
  await resolveForecast(rex.actor, made.id, { outcomeScenarioId: outcome === "yes" ? yes : no, outcomeKnownAt, rationale: "Seen." }, NOW);
  return made.id;
}

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  rex = await persona("Rex", "reviewer");
  max = await persona("Max", "manager");
  await scoredForecast("Older outcome", 20, "no", 9);
  await scoredForecast("Newer outcome", 70, "yes", 2);
});

describe("an analyst's record, forecast by forecast", () => {
  test("a reviewer reads Bob's: the newest outcome first, each with its title, outcome and scores; the means over them", async () => {
    const record = await analystRecord(rex.actor, bob.actor.id, { matured: false }, {});
    expect(record.analyst).toEqual({ id: bob.actor.id, name: "Bob" });
    expect(record.items.map((i) => [i.title, i.outcome])).toEqual([
      ["Newer outcome", "Low-level only"],
      ["Older outcome", "Lethal attacks resume"],
    ]);
    // Bob 70/30, Yes occurred: ½(0.3² + 0.3²) = 0.09. Bob 20/80, No occurred: ½(0.2² + 0.2²) = 0.04.
    expect(record.items[0].finalBrier).toBeCloseTo(0.09, 12);
    expect(record.items[1].finalBrier).toBeCloseTo(0.04, 12);
    expect(record.items[0].finalLogScore).toBeCloseTo(Math.log(0.7), 12);
    expect(record.summary).toMatchObject({ forecasts: 2 });
    expect(record.summary!.meanFinalBrier).toBeCloseTo((0.09 + 0.04) / 2, 12);
    expect(record.nextCursor).toBeNull();
  });

  test("the filters of SPEC §5 apply: a date range on when the outcome became known", async () => {
    const from = new Date(NOW - 5 * DAY).toISOString().slice(0, 10);
    const recent = await analystRecord(max.actor, bob.actor.id, { from, matured: false }, {});
    expect(recent.items.map((i) => i.title)).toEqual(["Newer outcome"]);
    const none = await analystRecord(max.actor, bob.actor.id, { tag: "no-such-tag", matured: false }, {});
    expect(none).toMatchObject({ items: [], summary: null });
  });

  test("Bob reads his own; another analyst's is a 403 (even one who does not exist); an unknown analyst is a 404 to a reviewer", async () => {
    expect((await analystRecord(bob.actor, bob.actor.id, { matured: false }, {})).items).toHaveLength(2);
    await expect(analystRecord(bob.actor, ada.actor.id, { matured: false }, {})).rejects.toMatchObject({ status: 403 });
    await expect(analystRecord(bob.actor, "no-such-analyst", { matured: false }, {})).rejects.toMatchObject({ status: 403 });
    await expect(analystRecord(rex.actor, "no-such-analyst", { matured: false }, {})).rejects.toMatchObject({ status: 404 });
    await expect(analystRecord(rex.actor, bob.actor.id, { matured: false }, { cursor: "nonsense" })).rejects.toMatchObject({ status: 400 });
  });
});

test("the filter choices: everyone scored for a reviewer, no analyst choice for an analyst", async () => {
  expect((await scoreFilterChoices(rex.actor)).analysts?.map((a) => a.name)).toEqual(["Ada", "Bob"]);
  expect((await scoreFilterChoices(bob.actor)).analysts).toBeNull();
});
