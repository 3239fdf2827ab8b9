import { beforeAll, describe, expect, test } from "vitest";
import { useTempDatabase } from "@/tests/support/temp-db";
import { persona, type Persona } from "@/tests/support/people";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { GET, POST } from "./route";

useTempDatabase();

const yesNoForecast = forecastInput;

let ada: Persona;
let rex: Persona;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  rex = await persona("Rex", "reviewer");
});

async function forecastCount(token: string): Promise<number> {
  const { body } = await call(GET, "GET", { token, query: { limit: "200" } });
  return body.items.length;
}

describe("POST /api/v1/forecasts", () => {
  test("an analyst creates a forecast with its first prediction", async () => {
    const { status, body } = await call(POST, "POST", { token: ada.token, body: yesNoForecast() });
    expect(status).toBe(201);
    expect(body.status).toBe("open");
    expect(body.authorId).toBe(ada.actor.id);
    expect(body.tags).toEqual(["iraq", "militias"]);
    expect(body.scenarios.map((s: { baseline: boolean }) => s.baseline)).toEqual([true, false]);
    expect(body.predictions).toHaveLength(1);
    const [yes, no] = body.scenarios.map((s: { id: string }) => s.id);
    expect(body.predictions[0].probabilities).toEqual({ [yes]: 67.5, [no]: 32.5 });
    expect(body.assessment.status).toBe("holding");
  });

  test("without a token: 401 in SPEC's error shape", async () => {
    const { status, body } = await call(POST, "POST", { token: null, body: yesNoForecast() });
    expect(status).toBe(401);
    expect(body.error.code).toBe("unauthenticated");
    expect(typeof body.error.message).toBe("string");
  });

  test("a wrong token is 401", async () => {
    expect((await call(POST, "POST", { token: "sp_not-a-token", body: yesNoForecast() })).status).toBe(401);
  });

  test("a reviewer who is not an analyst gets 403 and nothing is stored", async () => {
    const before = await forecastCount(ada.token);
    const { status } = await call(POST, "POST", { token: rex.token, body: yesNoForecast() });
    expect(status).toBe(403);
    expect(await forecastCount(ada.token)).toBe(before);
  });

  test("malformed JSON is 400", async () => {
    const { status, body } = await call(POST, "POST", { token: ada.token, rawBody: "{not json" });
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
  });

  test.each([
    ["probabilities that do not sum to 100", { probabilities: [60, 30] }, "probabilities"],
    ["a probability above 99.9", { probabilities: [99.95, 0.05] }, "probabilities.0"],
    ["a probability with two decimals", { probabilities: [67.25, 32.75] }, "probabilities.0"],
    ["no baseline", { scenarios: [{ label: "A" }, { label: "B" }] }, "scenarios"],
    ["two baselines", { scenarios: [{ label: "A", baseline: true }, { label: "B", baseline: true }] }, "scenarios"],
    ["one scenario", { scenarios: [{ label: "A", baseline: true }], probabilities: [99.9] }, "scenarios"],
    [
      "thirteen scenarios",
      { scenarios: Array.from({ length: 13 }, (_, i) => ({ label: `S${i}`, baseline: i === 0 })), probabilities: Array(13).fill(7.7) },
      "scenarios",
    ],
    ["closesAt in the past", { closesAt: "2020-01-01T00:00:00Z" }, "closesAt"],
    ["closesAt not a date", { closesAt: "next Tuesday" }, "closesAt"],
    ["an empty title", { title: "" }, "title"],
    ["a 10,000-character title", { title: "x".repeat(10_000) }, "title"],
    ["an unknown confidence", { confidence: "certain" }, "confidence"],
    ["an unknown team", { teamId: "no-such-team" }, "teamId"],
  ])("%s: 422 naming the field, nothing stored", async (_label, overrides, field) => {
    const before = await forecastCount(ada.token);
    const { status, body } = await call(POST, "POST", { token: ada.token, body: yesNoForecast(overrides) });
    expect(status).toBe(422);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await forecastCount(ada.token)).toBe(before);
  });

  test("a date-only closesAt means the end of that day in UTC", async () => {
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const { status, body } = await call(POST, "POST", { token: ada.token, body: yesNoForecast({ closesAt: day }) });
    expect(status).toBe(201);
    expect(body.closesAt).toBe(`${day}T23:59:59.999Z`);
  });

  test("a date-only closesAt of today is still open until midnight UTC", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { status, body } = await call(POST, "POST", { token: ada.token, body: yesNoForecast({ closesAt: today }) });
    expect(status).toBe(201);
    expect(body.status).toBe("open");
  });

  test("text is stored as text, never interpreted", async () => {
    const title = "<script>alert('x')</script> & <b>bold</b>";
    const { body } = await call(POST, "POST", { token: ada.token, body: yesNoForecast({ title }) });
    expect(body.title).toBe(title);
  });
});

describe("GET /api/v1/forecasts", () => {
  test("lists newest first and pages with a cursor", async () => {
    for (const n of [1, 2, 3]) await call(POST, "POST", { token: ada.token, body: yesNoForecast({ title: `Paging ${n}` }) });
    const first = await call(GET, "GET", { token: rex.token, query: { q: "Paging", limit: "2" } });
    expect(first.status).toBe(200);
    expect(first.body.items.map((f: { title: string }) => f.title)).toEqual(["Paging 3", "Paging 2"]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call(GET, "GET", { token: rex.token, query: { q: "Paging", limit: "2", cursor: first.body.nextCursor } });
    expect(second.body.items.map((f: { title: string }) => f.title)).toEqual(["Paging 1"]);
    expect(second.body.nextCursor).toBeNull();
  });

  test("filters by tag and status", async () => {
    await call(POST, "POST", { token: ada.token, body: yesNoForecast({ title: "Tagged one", tags: ["syria"] }) });
    const tagged = await call(GET, "GET", { token: ada.token, query: { tag: "syria" } });
    expect(tagged.body.items.map((f: { title: string }) => f.title)).toEqual(["Tagged one"]);
    const closed = await call(GET, "GET", { token: ada.token, query: { status: "closed" } });
    expect(closed.body.items).toEqual([]);
  });

  test.each([
    ["limit above 200", { limit: "201" }],
    ["limit not a number", { limit: "ten" }],
    ["unknown status", { status: "pending" }],
    ["a forged cursor", { cursor: "garbage" }],
  ])("%s is 400", async (_label, query) => {
    const { status, body } = await call(GET, "GET", { token: ada.token, query });
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
  });

  test("without a token: 401", async () => {
    expect((await call(GET, "GET", { token: null })).status).toBe(401);
  });
});
