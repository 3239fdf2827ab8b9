import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { scoresOfForecast } from "@/db/queries/scores";
import { addPrediction } from "@/server/forecasts/add-prediction";
import { createForecast } from "@/server/forecasts/create-forecast";
import { resolveForecast } from "@/server/resolutions/resolve-forecast";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { editForecast } from "./edit-forecast";

useTempDatabase();

let ada: Persona;
let bob: Persona;
let rex: Persona;

beforeAll(async () => {
  [ada, bob, rex] = await Promise.all([persona("Ada", "analyst"), persona("Bob", "analyst"), persona("Rex", "reviewer")]);
});

/** A forecast Bob predicted on, then a third scenario added (carried over or not), resolved as that new scenario. */
async function resolvedAfterAdding(carryOver: boolean) {
  const now = Date.now();
  const created = await createForecast(ada.actor, forecastInput(), now - 60_000);
  const [yes, no] = created.scenarios.map((s) => s.id);
  await addPrediction(bob.actor, created.id, { probabilities: { [yes]: 70, [no]: 30 } }, now - 50_000);
  const edited = await editForecast(ada.actor, created.id, { addScenarios: [{ label: "Attacks stop" }], carryOver, reason: "A third outcome" }, now - 40_000);
  const added = edited.scenarios.find((s) => s.label === "Attacks stop")!.id;
  await resolveForecast(rex.actor, created.id, { outcomeScenarioId: added, outcomeKnownAt: new Date(now - 1000).toISOString(), rationale: "They stopped." }, now);
  return scoresOfForecast(getDb(), created.id);
}

describe("scoring a forecast whose scenarios grew", () => {
  test("carried over: the earlier predictions are scored with the least probability on the new scenario", async () => {
    const scores = await resolvedAfterAdding(true);
    expect(scores.map((s) => s.analystId).sort()).toEqual([ada.actor.id, bob.actor.id].sort());
    expect(scores.find((s) => s.analystId === bob.actor.id)!.finalLogScore).toBeCloseTo(Math.log(0.001), 6);
  });

  test("not carried over: predictions that don't cover the new scenario are not scored", async () => {
    expect(await resolvedAfterAdding(false)).toEqual([]);
  });
});
