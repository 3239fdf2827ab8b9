import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listReportRows } from "@/db/queries/reports";
import { writeScale } from "@/db/queries/scale";
import { call } from "@/tests/support/api";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as extract } from "./extract/route";
import { POST } from "./route";

useTempDatabase();

let ada: Persona;
let mia: Persona;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  mia = await persona("Mia", "manager");
});

const report = (overrides: Record<string, unknown> = {}) => ({
  title: "Proxy response",
  authors: "A. Analyst",
  publishedAt: "2021-08-10",
  url: "https://example.org/report",
  body: "Iran's proxies will likely sustain low-level attacks until after the October 2021 elections. They may expand attacks.",
  ...overrides,
});

describe("POST /api/v1/reports", () => {
  test("an analyst stores a report", async () => {
    const { status, body } = await call(POST, "POST", { token: ada.token, body: report() });
    expect(status).toBe(201);
    expect(body).toMatchObject({ title: "Proxy response", publishedAt: "2021-08-10", url: "https://example.org/report" });
  });

  test("an empty link means no link", async () => {
    const { status, body } = await call(POST, "POST", { token: ada.token, body: report({ url: "" }) });
    expect(status).toBe(201);
    expect(body.url).toBeNull();
  });

  test.each([
    ["empty text", { body: "   " }, "body"],
    ["text over 1 MB", { body: "likely ".repeat(150_000) }, "body"],
    ["binary garbage", { body: "\u0000\u0001\u0002PK\u0003\u0004" }, "body"],
    ["an invalid publication date", { publishedAt: "2021-02-30" }, "publishedAt"],
    ["a javascript: link", { url: "javascript:alert(1)" }, "url"],
  ])("%s: 422 naming the field, nothing stored", async (_label, overrides, field) => {
    const before = (await listReportRows(getDb())).length;
    const { status, body } = await call(POST, "POST", { token: ada.token, body: report(overrides) });
    expect(status).toBe(422);
    expect(body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await listReportRows(getDb())).length).toBe(before);
  });

  test("a manager without the analyst role: 403", async () => {
    expect((await call(POST, "POST", { token: mia.token, body: report() })).status).toBe(403);
  });
});

describe("POST /api/v1/reports/extract", () => {
  test("lists judgments with probability, vagueness and a dated horizon", async () => {
    const { status, body } = await call(extract, "POST", { token: mia.token, body: { text: report().body, publishedAt: "2021-08-10" } });
    expect(status).toBe(200);
    expect(body.judgments).toHaveLength(2);
    expect(body.judgments[0]).toMatchObject({ terms: ["likely"], probability: 67.5, vague: false });
    expect(body.judgments[0].horizons).toContainEqual({ text: expect.stringContaining("October 2021"), date: "2021-10-31" });
    expect(body.judgments[1]).toMatchObject({ probability: null, vague: true });
  });

  test("empty text is 422, malformed JSON 400, no token 401", async () => {
    expect((await call(extract, "POST", { token: ada.token, body: { text: "" } })).status).toBe(422);
    expect((await call(extract, "POST", { token: ada.token, rawBody: "nope" })).status).toBe(400);
    expect((await call(extract, "POST", { token: null, body: { text: "likely" } })).status).toBe(401);
  });
});

describe("POST /api/v1/reports/extract reads numbers, ranges and two-judgment sentences", () => {
  const text =
    "We judge it 70% likely that Iran attacks by summer 2022. There is a 30-40% chance of a deal in Q3 2022. " +
    "Iran's proxies will likely sustain low-level attacks until after the October elections, but they may expand attacks toward the end of the year.";

  test("a stated number wins, a range is kept beside its midpoint, each clause is its own judgment", async () => {
    const { status, body } = await call(extract, "POST", { token: mia.token, body: { text, publishedAt: "2021-08-10" } });
    expect(status).toBe(200);
    expect(body.judgments).toEqual([
      {
        sentence: "We judge it 70% likely that Iran attacks by summer 2022.",
        terms: ["70% likely"],
        probability: 70,
        vague: false,
        horizons: [{ text: "by summer 2022", date: "2022-08-31" }],
      },
      {
        sentence: "There is a 30-40% chance of a deal in Q3 2022.",
        terms: ["30-40% chance"],
        probability: 35,
        vague: false,
        horizons: [{ text: "in Q3 2022", date: "2022-09-30" }],
        range: { low: 30, high: 40 },
      },
      {
        sentence: "Iran's proxies will likely sustain low-level attacks until after the October elections",
        terms: ["likely"],
        probability: 67.5,
        vague: false,
        horizons: [{ text: "until after the October elections", date: "2021-10-31" }],
      },
      {
        sentence: "they may expand attacks toward the end of the year.",
        terms: ["may"],
        probability: null,
        vague: true,
        horizons: [{ text: "toward the end of the year", date: "2021-12-31" }],
      },
    ]);
  });
});

describe("POST /api/v1/reports/extract: judgments that need a number, both scales, forecasts without a likelihood", () => {
  const text =
    "We assess with moderate confidence that the strikes were retaliatory. There is a realistic possibility of a ceasefire by 2027. " +
    "There is a roughly even chance that the talks collapse. The regime will collapse.";

  test("on ICD 203: the verb needs a number, PHIA's word keeps its band and names its scale, the bare forecast is listed apart", async () => {
    await writeScale(getDb(), "icd203");
    const { status, body } = await call(extract, "POST", { token: ada.token, body: { text, publishedAt: "2025-06-01" } });
    expect(status).toBe(200);
    expect(body.judgments).toEqual([
      { sentence: "We assess with moderate confidence that the strikes were retaliatory.", terms: ["we assess with moderate confidence"], probability: null, vague: false, horizons: [], needsNumber: true },
      { sentence: "There is a realistic possibility of a ceasefire by 2027.", terms: ["realistic possibility"], probability: 45, vague: false, horizons: [{ text: "by 2027", date: "2027-12-31" }], range: { low: 40, high: 50 }, scale: "phia" },
      { sentence: "There is a roughly even chance that the talks collapse.", terms: ["roughly even chance"], probability: 50, vague: false, horizons: [] },
    ]);
    expect(body.unhedged).toEqual([{ sentence: "The regime will collapse.", terms: ["will collapse"], probability: null, vague: false, horizons: [] }]);
  });

  test("on PHIA the installation's scale decides: PHIA's word is its own, ICD 203's names its scale", async () => {
    await writeScale(getDb(), "phia");
    try {
      const { body } = await call(extract, "POST", { token: ada.token, body: { text, publishedAt: "2025-06-01" } });
      expect(body.judgments[1]).toMatchObject({ probability: 45 });
      expect(body.judgments[1]).not.toHaveProperty("scale");
      expect(body.judgments[2]).toMatchObject({ probability: 50, range: { low: 45, high: 55 }, scale: "icd203" });
    } finally {
      await writeScale(getDb(), "icd203");
    }
  });
});
