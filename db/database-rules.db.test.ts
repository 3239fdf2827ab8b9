import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { engine, executeStatement, getDb } from "@/db/client";
import { createForecast } from "@/server/forecasts/create-forecast";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";

useTempDatabase();

/** Raw SQL, as any other program with access to the database could send it: no use case in between. */
const rawSql = (text: string) => executeStatement(getDb(), sql.raw(text));
const TRUE = () => (engine() === "pg" ? "true" : "1");
const FALSE = () => (engine() === "pg" ? "false" : "0");

let ada: Persona;
let forecastId = "";
let predictionId = "";
let baselineId = "";
let alternativeId = "";
let otherScenarioId = "";

async function count(table: string): Promise<string> {
  const rows = await getDb().select({ n: sql<number>`count(*)` }).from(sql.raw(`"${table}"`));
  return `${table}:${Number(rows[0].n)}`;
}

async function snapshot(): Promise<string[]> {
  return Promise.all(["forecast", "scenario", "prediction", "prediction_probability", "audit_log", "user", "indicator", "resolution"].map(count));
}

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  const forecast = await createForecast(ada.actor, forecastInput(), Date.now());
  const other = await createForecast(ada.actor, forecastInput({ title: "Another question" }), Date.now());
  forecastId = forecast.id;
  predictionId = forecast.predictions[0].id;
  [baselineId, alternativeId] = forecast.scenarios.map((s) => s.id);
  otherScenarioId = other.scenarios[0].id;
});

describe("the database itself refuses what SPEC forbids, whatever code talks to it", () => {
  const forbidden: [string, () => string][] = [
    ["changing a prediction", () => `update prediction set rationale = 'rewritten' where id = '${predictionId}'`],
    ["back-dating a prediction", () => `update prediction set created_at = 0 where id = '${predictionId}'`],
    ["deleting a prediction", () => `delete from prediction where id = '${predictionId}'`],
    ["changing a probability", () => `update prediction_probability set tenths = 500 where prediction_id = '${predictionId}'`],
    ["deleting a probability", () => `delete from prediction_probability where prediction_id = '${predictionId}'`],
    ["rewriting the audit log", () => `update audit_log set action = 'nothing happened'`],
    ["deleting the audit log", () => `delete from audit_log`],
    ["deleting a forecast that has predictions and a history", () => `delete from forecast where id = '${forecastId}'`],
    ["deleting a scenario that predictions refer to", () => `delete from scenario where id = '${alternativeId}'`],
    ["deleting a user who predicted", () => `delete from "user" where id = '${ada.actor.id}'`],
    ["a second baseline", () => `update scenario set baseline = ${TRUE()} where id = '${alternativeId}'`],
    ["a probability of 0", () => `insert into prediction_probability (prediction_id, forecast_id, scenario_id, tenths) values ('${predictionId}', '${forecastId}', '${otherScenarioId}', 0)`],
    ["a probability of 100 %", () => `update prediction_probability set tenths = 1000 where prediction_id = '${predictionId}'`],
    ["a probability for another forecast's scenario", () => `insert into prediction_probability (prediction_id, forecast_id, scenario_id, tenths) values ('${predictionId}', '${forecastId}', '${otherScenarioId}', 10)`],
    ["a probability that lies about its forecast", () => `insert into prediction_probability (prediction_id, forecast_id, scenario_id, tenths) values ('${predictionId}', (select forecast_id from scenario where id = '${otherScenarioId}'), '${otherScenarioId}', 10)`],
    ["a likelihood ratio of 1", () => `insert into indicator (id, forecast_id, scenario_id, description, direction, likelihood_ratio, created_by, created_at) values ('i-1', '${forecastId}', '${baselineId}', 'x', 'for', 1, '${ada.actor.id}', 0)`],
    ["a resolution both annulled and naming a scenario", () => `insert into resolution (forecast_id, outcome_scenario_id, annulled, outcome_known_at, rationale, created_at) values ('${forecastId}', '${baselineId}', ${TRUE()}, 0, 'x', 0)`],
    ["a resolution neither annulled nor naming a scenario", () => `insert into resolution (forecast_id, outcome_scenario_id, annulled, outcome_known_at, rationale, created_at) values ('${forecastId}', null, ${FALSE()}, 0, 'x', 0)`],
    ["a resolution naming another forecast's scenario", () => `insert into resolution (forecast_id, outcome_scenario_id, annulled, outcome_known_at, rationale, created_at) values ('${forecastId}', '${otherScenarioId}', ${FALSE()}, 0, 'x', 0)`],
  ];

  test.each(forbidden)("%s is refused and nothing changes", async (_label, statement) => {
    const before = await snapshot();
    await expect(rawSql(statement())).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  test.runIf(engine() === "pg")("emptying the history with TRUNCATE is refused too", async () => {
    const before = await snapshot();
    for (const table of ["prediction_probability", "prediction", "audit_log"]) await expect(rawSql(`truncate ${table} cascade`)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  test("what the rules allow still works: a valid resolution names one of the forecast's own scenarios", async () => {
    await rawSql(`insert into resolution (forecast_id, outcome_scenario_id, annulled, outcome_known_at, rationale, created_at) values ('${forecastId}', '${baselineId}', ${FALSE()}, 0, 'x', 0)`);
    expect(await count("resolution")).toBe("resolution:1");
  });
});
