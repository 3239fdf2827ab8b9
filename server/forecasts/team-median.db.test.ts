import { expect, test } from "vitest";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createTeam, setMembership } from "@/server/teams/manage-teams";
import { resolveForecast } from "../resolutions/resolve-forecast";
import { addPrediction } from "./add-prediction";
import { createForecast } from "./create-forecast";
import { teamMedianOf } from "./team-median";

useTempDatabase();

test("the team median of everyone or of one team, then ranked among the analysts after resolution", async () => {
  const [ada, bob, cal] = await Promise.all(["Ada", "Bob", "Cal"].map((n) => persona(n, "analyst")));
  const rex = await persona("Rex", "reviewer");
  const made = await createForecast(ada.actor, forecastInput({ probabilities: [60, 40] }), Date.now() - 3000);
  const [yes, no] = made.scenarios.map((s) => s.id);
  await addPrediction(bob.actor, made.id, { probabilities: { [yes]: 20, [no]: 80 } }, Date.now() - 2000);
  await addPrediction(cal.actor, made.id, { probabilities: { [yes]: 90, [no]: 10 } }, Date.now() - 1000);
  const team = await createTeam(SYSTEM_ACTOR, { name: "Desk" }, Date.now());
  for (const member of [ada, bob]) await setMembership(SYSTEM_ACTOR, { teamId: team.id, userId: member.actor.id }, true, Date.now());

  // Everyone: Yes median(60, 20, 90) = 60, No median(40, 80, 10) = 40
  const everyone = await teamMedianOf(bob.actor, made.id, undefined, Date.now());
  expect(everyone.median?.map((m) => Number(m.pct.toFixed(9)))).toEqual([60, 40]);
  expect(everyone.ranking).toBeNull();
  // The desk (Ada and Bob): Yes (60 + 20)/2 = 40, No (40 + 80)/2 = 60
  const desk = await teamMedianOf(bob.actor, made.id, team.id, Date.now());
  expect(desk.team?.name).toBe("Desk");
  expect(desk.median?.map((m) => Number(m.pct.toFixed(9)))).toEqual([40, 60]);
  // The chart's line: a step per prediction. Everyone: Ada 60; Ada and Bob (60 + 20)/2 = 40; then 60.
  expect(everyone.steps.map((step) => Number(step.probabilities[yes].toFixed(9)))).toEqual([60, 40, 60]);
  expect(desk.steps.map((step) => Number(step.probabilities[yes].toFixed(9)))).toEqual([60, 40]);

  await resolveForecast(rex.actor, made.id, { outcomeScenarioId: yes, outcomeKnownAt: new Date().toISOString(), rationale: "Seen." }, Date.now());
  // Yes happened. Median 60/40: ½(0.4² + 0.4²) = 0.16. Ada 0.16 (a tie: not beaten), Bob 0.64, Cal 0.01 → beat 1 of 3
  const after = await teamMedianOf(bob.actor, made.id, undefined, Date.now());
  expect(after.ranking?.finalBrier).toBeCloseTo(0.16, 12);
  expect(after.ranking).toMatchObject({ beat: 1, of: 3 });
  // The desk's 40/60: ½(0.6² + 0.6²) = 0.36, beats Bob (0.64) of Ada and Bob
  expect((await teamMedianOf(bob.actor, made.id, team.id, Date.now())).ranking).toMatchObject({ beat: 1, of: 2 });
});
