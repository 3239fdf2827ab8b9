import { beforeAll, describe, expect, test } from "vitest";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../route";
import { POST as addPrediction } from "./predictions/route";
import { GET } from "./route";
import { GET as getTimeline } from "./timeline/route";

useTempDatabase();

let ada: Persona;
let bob: Persona;
let forecastId: string;

const forecast = (query: Record<string, string> = {}) => call(GET, "GET", { token: bob.token, params: { id: forecastId }, query });

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  const created = await call(createForecast, "POST", { token: ada.token, body: forecastInput({ probabilities: [60, 40] }) });
  forecastId = created.body.id;
  const [yes, no] = created.body.scenarios.map((s: { id: string }) => s.id);
  for (const [who, p] of [[bob, 55], [ada, 65], [bob, 50], [ada, 70]] as const) {
    const { status } = await call(addPrediction, "POST", { token: who.token, params: { id: forecastId }, body: { probabilities: { [yes]: p, [no]: 100 - p } } });
    expect(status).toBe(201);
  }
});

describe("GET /api/v1/forecasts/:id with predictionsLimit", () => {
  test("without it: every prediction, oldest first, and no cursor (today's shape)", async () => {
    const { body } = await forecast();
    expect(body.predictions).toHaveLength(5);
    expect(body.predictions.map((p: { createdAt: string }) => p.createdAt)).toEqual([...body.predictions.map((p: { createdAt: string }) => p.createdAt)].sort());
    expect(body).not.toHaveProperty("predictionsNextCursor");
  });

  test("pages from the newest back to the oldest, each prediction once", async () => {
    const all = (await forecast()).body.predictions.map((p: { id: string }) => p.id).reverse();
    const seen: string[] = [];
    let cursor: string | null | undefined;
    let pages = 0;
    do {
      const { status, body } = await forecast({ predictionsLimit: "2", ...(cursor ? { predictionsCursor: cursor } : {}) });
      expect(status).toBe(200);
      expect(body.predictions.length).toBeLessThanOrEqual(2);
      seen.push(...body.predictions.map((p: { id: string }) => p.id));
      cursor = body.predictionsNextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
  });

  test("the assessment still starts from the author's first prediction when the page does not hold it", async () => {
    const full = (await forecast()).body;
    const paged = (await forecast({ predictionsLimit: "1" })).body;
    expect(paged.assessment).toEqual(full.assessment);
    expect(paged.predictions).toHaveLength(1);
  });

  test("bad paging parameters are 400s naming the parameter", async () => {
    const queries: Record<string, string>[] = [{ predictionsLimit: "0" }, { predictionsLimit: "501" }, { predictionsLimit: "2", predictionsCursor: "nonsense" }, { predictionsCursor: "abc" }];
    for (const query of queries) {
      const { status, body } = await forecast(query);
      expect(status).toBe(400);
      expect(body.error.details[0].field).toMatch(/^predictions(Limit|Cursor)$/);
    }
  });
});

describe("GET /api/v1/forecasts/:id/timeline?format=compact", () => {
  test("each prediction once and the evidence only where it changes; the default stays a point per day", async () => {
    const points = await call(getTimeline, "GET", { token: bob.token, params: { id: forecastId } });
    expect(points.status).toBe(200);
    expect(points.body.points.length).toBeGreaterThan(0);
    const compact = await call(getTimeline, "GET", { token: bob.token, params: { id: forecastId }, query: { format: "compact" } });
    expect(compact.status).toBe(200);
    expect(compact.body.predictions).toHaveLength(5);
    expect(compact.body.evidence.length).toBeGreaterThanOrEqual(1);
    expect(compact.body).toHaveProperty("events");
    expect(compact.body).not.toHaveProperty("points");
    expect((await call(getTimeline, "GET", { token: bob.token, params: { id: forecastId }, query: { format: "xml" } })).status).toBe(400);
  });
});
