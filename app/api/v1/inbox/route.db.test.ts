import { beforeAll, describe, expect, test } from "vitest";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../forecasts/route";
import { POST as predict } from "../forecasts/[id]/predictions/route";
import { POST as markRead } from "./read/route";
import { GET } from "./route";

useTempDatabase();

let ada: Persona;
let bob: Persona;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  const { body } = await call(createForecast, "POST", { token: ada.token, body: forecastInput() });
  const [yes, no] = body.scenarios.map((s: { id: string }) => s.id);
  await call(predict, "POST", { token: bob.token, body: { probabilities: { [yes]: 40, [no]: 60 } }, params: { id: body.id } });
});

describe("GET /api/v1/inbox and POST /api/v1/inbox/read", () => {
  test("SPEC §6's shape, unread first counted, then marked read", async () => {
    const { status, body } = await call(GET, "GET", { token: ada.token, query: { unread: "true" } });
    expect(status).toBe(200);
    expect(body.unread).toBe(1);
    expect(body.nextCursor).toBeNull();
    expect(body.items[0]).toMatchObject({ kind: "prediction", read: false, text: expect.stringContaining("Bob") });
    expect(Object.keys(body.items[0]).sort()).toEqual(["at", "forecastId", "href", "id", "kind", "read", "text"]);
    const marked = await call(markRead, "POST", { token: ada.token, body: { ids: [body.items[0].id] } });
    expect(marked.status).toBe(200);
    expect((await call(GET, "GET", { token: ada.token })).body.unread).toBe(0);
  });

  test("bad parameters: 400 naming them; no token: 401", async () => {
    expect((await call(GET, "GET", { token: ada.token, query: { limit: "500" } })).status).toBe(400);
    expect((await call(GET, "GET", { token: ada.token, query: { cursor: "nonsense" } })).status).toBe(400);
    expect((await call(markRead, "POST", { token: ada.token, body: { ids: "all" } })).status).toBe(422);
    expect((await call(GET, "GET", {})).status).toBe(401);
  });
});
