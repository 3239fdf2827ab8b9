/**
 * A track record survives the trip: exported from one database (forecasts made through the
 * pages' use cases, resolved, reopened and resolved again, plus an imported history), imported
 * into an empty one, it scores the same to 1e-9.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/export/route";
import { GET as getScores } from "@/app/api/v1/scores/route";
import { closeDb, engine, prepareDatabase } from "@/db/client";
import { syntheticTrackRecord } from "@/lib/demo/synthetic-track-record";
import { addPrediction } from "@/server/forecasts/add-prediction";
import { createForecast } from "@/server/forecasts/create-forecast";
import { reopenForecast } from "@/server/resolutions/reopen-forecast";
import { resolveForecast } from "@/server/resolutions/resolve-forecast";
import { importTrackRecord } from "@/server/import/import-track-record";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { testPgServerUrl, useTempDatabase } from "@/tests/support/temp-db";

useTempDatabase();

const DAY = 86_400_000;
const NOW = Date.now();
const T0 = NOW - 200 * DAY;
const at = (days: number) => T0 + days * DAY;

let dropSecond: () => Promise<void> = async () => {};
afterAll(async () => dropSecond());

/** Closes the first database and opens a new, empty one (a temp file, or a new PostgreSQL database). */
async function switchToEmptyDatabase(): Promise<void> {
  await closeDb();
  if (engine() === "pg") {
    const server = testPgServerUrl();
    const name = `signpost_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const run = async (statement: string) => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(statement).finally(() => client.end());
    };
    await run(`create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    dropSecond = () => run(`drop database if exists ${name} with (force)`);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-roundtrip-"));
    process.env.DATABASE_PATH = path.join(dir, "second.db");
    dropSecond = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  await prepareDatabase();
}

/** Every stored score, keyed by forecast (its creation instant and title) and analyst email. */
async function scoresByKey(reader: Persona, exported: { forecasts: { title: string; createdAt: string }[] }, ids: string[], emails: Map<string, string>) {
  const keyOf = new Map(ids.map((id, i) => [id, `${exported.forecasts[i].createdAt} ${exported.forecasts[i].title}`]));
  const { body } = await call(getScores, "GET", { token: reader.token });
  return new Map(
    (body.forecasts as { forecastId: string; analystId: string; finalBrier: number; timeAveragedBrier: number; relativeBrier: number; finalLogScore: number; timeAveragedLogScore: number }[]).map((row) => [
      `${keyOf.get(row.forecastId)} ${emails.get(row.analystId)}`,
      [row.finalBrier, row.timeAveragedBrier, row.relativeBrier, row.finalLogScore, row.timeAveragedLogScore],
    ]),
  );
}

async function exportAs(who: Persona, query = "") {
  const response = await exportRoute(new Request(`http://signpost.test/api/v1/export${query}`, { headers: { authorization: `Bearer ${who.token}` } }), { params: Promise.resolve({}) });
  return response.text();
}

test("export → import into an empty database → the same scores to 1e-9", async () => {
  const ada = await persona("Ada", "analyst");
  const bob = await persona("Bob", "analyst");
  const cy = await persona("Cy", "analyst");
  const rex = await persona("Rex", "reviewer");
  const mia = await persona("Mia", "admin");

  // A yes/no forecast through the pages' use cases, with a late prediction and an early resolution.
  const yesNo = await createForecast(ada.actor, forecastInput({ title: "Round trip yes/no", closesAt: new Date(at(60)).toISOString(), probabilities: [55, 45] }), at(0));
  const [yes, no] = yesNo.scenarios.map((s) => s.id);
  await addPrediction(bob.actor, yesNo.id, { probabilities: { [yes]: 20, [no]: 80 } }, at(3));
  await addPrediction(ada.actor, yesNo.id, { probabilities: { [yes]: 70, [no]: 30 } }, at(20.5));
  await addPrediction(bob.actor, yesNo.id, { probabilities: { [yes]: 90, [no]: 10 } }, at(45));
  await resolveForecast(rex.actor, yesNo.id, { outcomeScenarioId: yes, outcomeKnownAt: new Date(at(40)).toISOString(), rationale: "Reported." }, at(61));

  // Three scenarios: resolved wrongly, reopened by an admin, resolved again.
  const three = await createForecast(ada.actor, forecastInput({
    title: "Round trip three ways",
    closesAt: new Date(at(90)).toISOString(),
    scenarios: [{ label: "Calm", baseline: true }, { label: "Harassment" }, { label: "Lethal" }],
    probabilities: [50, 30, 20],
  }), at(10));
  const [calm, harassment, lethal] = three.scenarios.map((s) => s.id);
  await addPrediction(cy.actor, three.id, { probabilities: { [calm]: 10, [harassment]: 60, [lethal]: 30 } }, at(11));
  await addPrediction(bob.actor, three.id, { probabilities: { [calm]: 33.3, [harassment]: 33.3, [lethal]: 33.4 } }, at(30));
  // A second one in the same millisecond (a double submit): stamped a millisecond later, so it still exports and imports.
  const again = await addPrediction(bob.actor, three.id, { probabilities: { [calm]: 30, [harassment]: 40, [lethal]: 30 } }, at(30));
  expect(Date.parse(again.createdAt)).toBe(at(30) + 1);
  await addPrediction(cy.actor, three.id, { probabilities: { [calm]: 5, [harassment]: 80, [lethal]: 15 } }, at(70));
  await resolveForecast(rex.actor, three.id, { outcomeScenarioId: calm, outcomeKnownAt: new Date(at(91)).toISOString(), rationale: "Quiet." }, at(92));
  await reopenForecast(mia.actor, three.id, { reason: "Attacks were reported after all." }, at(93));
  await resolveForecast(rex.actor, three.id, { outcomeScenarioId: harassment, outcomeKnownAt: new Date(at(91)).toISOString(), rationale: "Harassment." }, at(94));

  // And an imported history of a dozen forecasts.
  const history = syntheticTrackRecord({ forecasts: 12, predictions: 90, analysts: [ada.actor.email, bob.actor.email, cy.actor.email], resolvedShare: 0.9, seed: 7, now: NOW, historyDays: 300 });
  await importTrackRecord(mia.actor, history, NOW);

  const exported = JSON.parse(await exportAs(rex));
  // Ids in the first database, in the export's order: from the CSV, which names them.
  const csvIds = [...new Set((await exportAs(rex, "?format=csv")).trim().split("\r\n").slice(1).map((line) => line.split(",")[0]))];
  expect(csvIds).toHaveLength(exported.forecasts.length);
  const emailsA = new Map([ada, bob, cy].map((p) => [p.actor.id, p.actor.email]));
  const before = await scoresByKey(rex, exported, csvIds, emailsA);
  expect(before.size).toBeGreaterThan(20);

  await switchToEmptyDatabase();
  const admin = await persona("Admin", "admin");
  const reader = await persona("Reader", "reviewer");
  const answer = await importTrackRecord(admin.actor, exported, NOW);
  expect(answer.imported.forecasts).toBe(exported.forecasts.length);
  const { body: people } = await call(getScores, "GET", { token: reader.token });
  const emailsB = new Map((people.analysts as { analystId: string; email: string }[]).map((a) => [a.analystId, a.email]));
  const after = await scoresByKey(reader, exported, answer.ids, emailsB);

  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [key, scores] of before) {
    after.get(key)!.forEach((value, i) => expect(Math.abs(value - scores[i]), `${key} #${i}`).toBeLessThan(1e-9));
  }
}, 60_000);
