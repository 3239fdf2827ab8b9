import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { storedItemsOf } from "@/db/queries/inbox";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../../route";
import { POST as predict } from "../predictions/route";
import { GET as getForecast, PATCH } from "../route";
import { GET as getVersions } from "./route";

useTempDatabase();

let ada: Persona;
let bob: Persona;
let root: Persona;
let forecastId: string;
let scenarioIds: string[];

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  root = await persona("Root", "admin");
  const { body } = await call(createForecast, "POST", { token: ada.token, body: forecastInput() });
  forecastId = body.id;
  scenarioIds = body.scenarios.map((s: { id: string }) => s.id);
  await call(predict, "POST", { token: bob.token, body: { probabilities: { [scenarioIds[0]]: 50, [scenarioIds[1]]: 50 } }, params: { id: forecastId } });
});

const patch = (token: string, body: unknown, id = forecastId) => call(PATCH, "PATCH", { token, body, params: { id } });
const versions = async () => (await call(getVersions, "GET", { token: bob.token, params: { id: forecastId } })).body.items;

describe("PATCH /api/v1/forecasts/:id and GET …/versions", () => {
  test("the author edits the criteria: version 2 with a reason, the change listed, the predictor told", async () => {
    const { status, body } = await patch(ada.token, { resolutionCriteria: "Resolves No if two lethal attacks are confirmed.", reason: "Tighter wording" });
    expect(status).toBe(200);
    expect(body.version).toBe(2);
    expect(body.resolutionCriteria).toBe("Resolves No if two lethal attacks are confirmed.");
    const items = await versions();
    expect(items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(items[1]).toMatchObject({
      actorId: ada.actor.id,
      reason: "Tighter wording",
      changes: { resolutionCriteria: { before: forecastInput().resolutionCriteria, after: "Resolves No if two lethal attacks are confirmed." } },
    });
    const told = await storedItemsOf(getDb(), { userId: bob.actor.id, unreadOnly: true, limit: 10 });
    expect(told.map((i) => i.kind)).toContain("question_edited");
    expect(told.find((i) => i.kind === "question_edited")!.text).toContain("resolution criteria");
    const audit = await listAudit(getDb(), { entity: "forecast", limit: 10 });
    expect(audit.some((a) => a.action === "forecast.edit" && a.entityId === forecastId)).toBe(true);
  });

  test("another analyst may not edit: 403 and nothing changes", async () => {
    const { status } = await patch(bob.token, { title: "Hijacked", reason: "mine now" });
    expect(status).toBe(403);
    expect((await call(getForecast, "GET", { token: ada.token, params: { id: forecastId } })).body.title).toBe(forecastInput().title);
    expect((await versions()).length).toBe(2);
  });

  test.each([
    ["no reason", { title: "New" }, "reason"],
    ["a horizon in the past", { closesAt: "2020-01-01", reason: "r" }, "closesAt"],
    ["a scenario label already used", { addScenarios: [{ label: "low-level only" }], reason: "r" }, "addScenarios.0.label"],
    ["nothing changed", { title: forecastInput().title, reason: "r" }, "form"],
  ])("%s: 422 naming the field, nothing stored", async (_label, body, field) => {
    const { status, body: answer } = await patch(ada.token, body);
    expect(status).toBe(422);
    expect(answer.error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await versions()).length).toBe(2);
  });

  test("an admin adds a scenario without carry-over: predictors are asked to update", async () => {
    const { status, body } = await patch(root.token, { addScenarios: [{ label: "Attacks stop" }], reason: "A third outcome came up" });
    expect(status).toBe(200);
    expect(body.version).toBe(3);
    expect(body.scenarios.map((s: { label: string }) => s.label)).toEqual(["Low-level only", "Lethal attacks resume", "Attacks stop"]);
    const told = await storedItemsOf(getDb(), { userId: bob.actor.id, unreadOnly: true, limit: 10 });
    expect(told.map((i) => i.kind)).toContain("update_requested");
    expect((await versions())[2].changes.scenarios.after).toContain("Attacks stop");
  });

  test("a closed forecast's question can't change: 409", async () => {
    const { body } = await call(createForecast, "POST", { token: ada.token, body: forecastInput({ closesAt: new Date(Date.now() + 1000).toISOString() }) });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const { status } = await patch(ada.token, { title: "Too late", reason: "r" }, body.id);
    expect(status).toBe(409);
  });

  test("an unknown forecast: 404", async () => {
    expect((await patch(ada.token, { title: "x", reason: "r" }, "nope")).status).toBe(404);
    expect((await call(getVersions, "GET", { token: ada.token, params: { id: "nope" } })).status).toBe(404);
  });
});
