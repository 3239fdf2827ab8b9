import { createRequire } from "node:module";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as createForecast } from "@/app/api/v1/forecasts/route";
import { POST as importRecord } from "@/app/api/v1/import/route";
import { POST as createReport } from "@/app/api/v1/reports/route";
import { BODY_LIMITS, SERVER_ACTION_LIMIT } from "@/lib/http/body-limits";
import { dumpDatabase } from "@/tests/support/database-dump";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";

useTempDatabase();

let ada: Persona;
let admin: Persona;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  admin = await persona("Adm", "admin");
});

function post(token: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://signpost.test/api", { method: "POST", body, headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers }, duplex: "half" } as RequestInit);
}

/** A body that arrives in chunks with no Content-Length, as a streaming client sends it. */
function chunked(totalBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(64_000, totalBytes - sent)).fill(0x20);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

const noParams = { params: Promise.resolve({}) };

describe("request bodies have a limit per route", () => {
  test("a forecast body over the JSON limit is a 413 in SPEC §6's shape, declared or streamed, and nothing is stored", async () => {
    const before = await dumpDatabase();
    const huge = JSON.stringify(forecastInput({ rationale: "x".repeat(BODY_LIMITS.json) }));
    const declared = await createForecast(post(ada.token, huge), noParams);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: { code: "payload_too_large", message: expect.stringContaining("256 kB"), details: { limitBytes: BODY_LIMITS.json } } });
    const streamed = await createForecast(post(ada.token, chunked(BODY_LIMITS.json + 1)), noParams);
    expect(streamed.status).toBe(413);
    expect(await dumpDatabase()).toEqual(before);
  });

  test("a report may be larger than other JSON bodies, up to its own limit", async () => {
    const body = JSON.stringify({ title: "Long report", publishedAt: "2021-08-10", body: "The militias will likely keep attacks low. ".repeat(20_000) });
    expect(body.length).toBeGreaterThan(BODY_LIMITS.json);
    expect((await createReport(post(ada.token, body), noParams)).status).toBe(201);
    expect((await createReport(post(ada.token, chunked(BODY_LIMITS.report + 1)), noParams)).status).toBe(413);
  });

  test("the import takes track records far larger than other bodies, and refuses one over its limit", async () => {
    const padded = JSON.stringify({ forecasts: [] }) + " ".repeat(3_000_000);
    const accepted = await importRecord(post(admin.token, padded), noParams);
    expect(accepted.status).not.toBe(413);
    const refused = await importRecord(post(admin.token, "{}", { "content-length": String(BODY_LIMITS.import + 1) }), noParams);
    expect(refused.status).toBe(413);
  });

  test("server actions (the forms) are held to the limit lib/http/body-limits.ts names, not Next.js's 25 MB", () => {
    const config = createRequire(import.meta.url)("../../next.config.js");
    expect(config.experimental.serverActions.bodySizeLimit).toBe(SERVER_ACTION_LIMIT);
  });
});
