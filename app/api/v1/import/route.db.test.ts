import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { aggregateScore, auditLog, forecast, forecastScore, user } from "@/db/schema";
import { getUser } from "@/db/queries/users";
import { importForecastToScore, scoreForecast, type ImportForecast } from "@/lib/scoring";
import { call } from "@/tests/support/api";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { GET as getForecast } from "../forecasts/[id]/route";
import { GET as getScores } from "../scores/route";
import { POST as importRoute } from "./route";

useTempDatabase();

const DAY = 86_400_000;
/**
 * Every date of these files counts back from one instant taken once. Reading the clock at each call
 * made two "100 days ago" differ whenever a millisecond passed between them (more likely on a busy
 * machine): `yesNo({ predictions: [{ createdAt: iso(100) }] })` evaluates the prediction's date
 * before the forecast's own `iso(100)`, so the prediction came out 1 ms before the forecast was made.
 * The server's `now` is read later, so nothing here is in its future unless meant to be.
 */
const NOW = Date.now();
const iso = (daysAgo: number) => new Date(NOW - daysAgo * DAY).toISOString();

let mia: Persona; // admin
let rex: Persona; // reviewer, not an admin
let ana: Persona; // an analyst already known by email

beforeAll(async () => {
  mia = await persona("Mia", "admin");
  rex = await persona("Rex", "reviewer", "analyst");
  ana = await persona("Ana", "analyst");
});

const importAs = (who: Persona, body: unknown) => call(importRoute, "POST", { token: who.token, body });

/** A yes/no forecast made 100 days ago that closed 10 days ago, with three back-dated predictions. */
function yesNo(overrides: Partial<ImportForecast> = {}): ImportForecast {
  return {
    title: "Militias claim an attack on Erbil airport",
    statement: "An Iran-aligned militia claims an attack on Erbil airport before the horizon.",
    resolutionCriteria: "Yes if a claim is reported by two outlets.",
    closesAt: iso(10),
    createdAt: iso(100),
    author: "nora@import.example",
    tags: ["Iraq", "imported"],
    scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
    predictions: [
      { analyst: "nora@import.example", createdAt: iso(100), probabilities: [70, 30], rationale: "Base rate." },
      { analyst: ana.actor.email, createdAt: iso(60), probabilities: [40, 60] },
      { analyst: "nora@import.example", createdAt: iso(30), probabilities: [85, 15] },
    ],
    resolution: { outcome: 0, outcomeKnownAt: iso(12), resolver: rex.actor.email },
    ...overrides,
  };
}

async function counts() {
  const db = getDb();
  const [users] = await db.select({ n: count() }).from(user);
  const [forecasts] = await db.select({ n: count() }).from(forecast);
  const [audits] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "import"));
  return { users: users.n, forecasts: forecasts.n, audits: audits.n };
}

describe("POST /api/v1/import: who may", () => {
  test("a reviewer who is not an admin gets 403 and nothing is stored", async () => {
    const before = await counts();
    const { status, body } = await importAs(rex, { forecasts: [yesNo()] });
    expect(status).toBe(403);
    expect(body.error.code).toBe("forbidden");
    expect(await counts()).toEqual(before);
  });

  test("no token: 401", async () => {
    expect((await call(importRoute, "POST", { body: { forecasts: [yesNo()] } })).status).toBe(401);
  });
});

describe("POST /api/v1/import: a good file", () => {
  test("201 with the counts and an id per forecast; back-dated predictions kept as given; scores stored as scoreForecast computes them", async () => {
    const file = { forecasts: [yesNo(), yesNo({ title: "Annulled question", resolution: { annulled: true, outcomeKnownAt: iso(11) } }), yesNo({ title: "Still unresolved", resolution: undefined })] };
    const before = await counts();
    const { status, body } = await importAs(mia, file);
    expect(status).toBe(201);
    expect(body.imported).toEqual({ forecasts: 3, predictions: 9, resolutions: 2 });
    expect(body.ids).toHaveLength(3);
    // Nora is new (made an analyst without a password); Ana and Rex were known by their emails.
    expect(await counts()).toEqual({ users: before.users + 1, forecasts: before.forecasts + 3, audits: before.audits + 1 });

    const { body: stored } = await call(getForecast, "GET", { token: mia.token, params: { id: body.ids[0] } });
    expect(stored.createdAt).toBe(file.forecasts[0].createdAt);
    expect(stored.tags).toEqual(["imported", "iraq"]);
    expect(stored.status).toBe("resolved");
    expect(stored.predictions.map((p: { createdAt: string }) => p.createdAt)).toEqual(file.forecasts[0].predictions.map((p) => p.createdAt));
    const nora = stored.predictions[0].analystId as string;
    const noraUser = (await getUser(getDb(), nora))!;
    expect(noraUser).toMatchObject({ email: "nora@import.example", name: "nora", roles: ["analyst"], hasPassword: false });
    expect(stored.predictions[1].analystId).toBe(ana.actor.id);
    expect(stored.resolution).toMatchObject({ outcomeScenarioId: stored.scenarios[0].id, resolverId: rex.actor.id, outcomeKnownAt: file.forecasts[0].resolution!.outcomeKnownAt });

    // From scratch, on the file itself: analysts are emails there.
    const expected = scoreForecast(importForecastToScore(file.forecasts[0])!).analysts;
    const rows = await getDb().select().from(forecastScore).where(eq(forecastScore.forecastId, body.ids[0]));
    const emailOf = new Map([[nora, "nora@import.example"], [ana.actor.id, ana.actor.email]]);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const want = expected.find((a) => a.analystId === emailOf.get(row.analystId))!;
      expect(row.finalBrier).toBeCloseTo(want.finalBrier, 12);
      expect(row.timeAveragedBrier).toBeCloseTo(want.timeAveragedBrier, 12);
      expect(row.relativeBrier).toBeCloseTo(want.relativeBrier, 12);
      expect(row.finalLogScore).toBeCloseTo(want.finalLogScore, 12);
      expect(row.timeAveragedLogScore).toBeCloseTo(want.timeAveragedLogScore, 12);
    }
    // Nora's final is 85/15 on Yes: ½(0.15² + 0.15²) = 0.0225.
    expect(rows.find((r) => r.analystId === nora)!.finalBrier).toBeCloseTo(0.0225, 12);
    // The annulled and the unresolved forecasts are not scored.
    expect(await getDb().select().from(forecastScore).where(eq(forecastScore.forecastId, body.ids[1]))).toEqual([]);
    const { body: annulled } = await call(getForecast, "GET", { token: mia.token, params: { id: body.ids[1] } });
    expect(annulled.status).toBe("annulled");
  });

  test("the aggregate forecast of an imported resolution is stored too, as a resolution stores it", async () => {
    const { status, body } = await importAs(mia, { forecasts: [yesNo({ title: "Aggregate check" })] });
    expect(status).toBe(201);
    const { body: scores } = await call(getScores, "GET", { token: rex.token });
    const db = getDb();
    const [stored] = await db.select().from(aggregateScore).where(eq(aggregateScore.forecastId, body.ids[0]));
    // Final predictions: Nora 85/15, Ana 40/60 → medians 62.5 and 37.5 (sum 100): ½(0.375² + 0.375²) = 0.140625.
    expect(stored.finalBrier).toBeCloseTo(0.140625, 12);
    expect(scores.aggregate.forecasts).toBeGreaterThanOrEqual(1);
  });

  test("a date-only horizon is the end of that day (UTC), as when a forecast is created", async () => {
    const day = iso(20).slice(0, 10);
    const { status, body } = await importAs(mia, { forecasts: [yesNo({ closesAt: day, resolution: undefined, predictions: [] })] });
    expect(status).toBe(201);
    const { body: stored } = await call(getForecast, "GET", { token: mia.token, params: { id: body.ids[0] } });
    expect(stored.closesAt).toBe(`${day}T23:59:59.999Z`);
  });
});

describe("POST /api/v1/import: a bad file is refused whole", () => {
  test("422 listing every bad item by index and field; nothing stored, not even the new people", async () => {
    const tomorrow = new Date(NOW + DAY).toISOString();
    const good = yesNo({ author: "someone-new@import.example" });
    const file = {
      forecasts: [
        good,
        yesNo({ scenarios: [{ label: "Yes" }, { label: "No" }] }),
        yesNo({
          predictions: [
            { analyst: "nora@import.example", createdAt: iso(100), probabilities: [70, 20] },
            { analyst: "not-an-email", createdAt: iso(50), probabilities: [50, 50] },
            { analyst: "nora@import.example", createdAt: iso(101), probabilities: [50, 50] },
            { analyst: "nora@import.example", createdAt: iso(5), probabilities: [50, 50] },
            { analyst: "nora@import.example", createdAt: tomorrow, probabilities: [50, 50] },
            { analyst: "nora@import.example", createdAt: iso(40), probabilities: [50, 50, 0.5] },
          ],
        }),
        yesNo({ resolution: { outcome: 2, outcomeKnownAt: tomorrow } }),
        { ...yesNo(), teamId: "no-such-team" },
      ],
    };
    const before = await counts();
    const { status, body } = await importAs(mia, file);
    expect(status).toBe(422);
    expect(body.error.code).toBe("validation_failed");
    const fields = body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual([
      "forecasts.1.scenarios",
      "forecasts.2.predictions.1.analyst",
      "forecasts.2.predictions.0.probabilities",
      "forecasts.2.predictions.2.createdAt",
      "forecasts.2.predictions.3.createdAt",
      "forecasts.2.predictions.4.createdAt",
      "forecasts.2.predictions.4.createdAt",
      "forecasts.2.predictions.5.probabilities",
      "forecasts.3.resolution.outcome",
      "forecasts.3.resolution.outcomeKnownAt",
      // Checked against the database even though other forecasts are bad: every issue at once.
      "forecasts.4.teamId",
    ]);
    const message = (field: string) => body.error.details.filter((d: { field: string }) => d.field === field).map((d: { message: string }) => d.message).join(" | ");
    expect(message("forecasts.1.scenarios")).toBe("exactly one scenario must be the baseline (found 0)");
    expect(message("forecasts.2.predictions.0.probabilities")).toBe("must sum to 100 (they sum to 90)");
    expect(message("forecasts.2.predictions.2.createdAt")).toMatch(/^is before the forecast was made/);
    expect(message("forecasts.2.predictions.3.createdAt")).toMatch(/^is after the forecast's horizon .*: a prediction after the horizon is refused$/);
    expect(message("forecasts.2.predictions.4.createdAt")).toMatch(/can't be in the future/);
    expect(message("forecasts.2.predictions.5.probabilities")).toBe("needs one percentage per scenario (2), got 3");
    expect(message("forecasts.3.resolution.outcome")).toBe("is not a scenario: the index runs from 0 to 1");
    expect(await counts()).toEqual(before);
  });

  test("an unknown team or report (checked against the database) is refused the same way, nothing stored", async () => {
    const before = await counts();
    const { status, body } = await importAs(mia, { forecasts: [yesNo({ author: "fresh@import.example" }), { ...yesNo(), teamId: "no-such-team", reportId: "no-such-report" }] });
    expect(status).toBe(422);
    expect(body.error.details.map((d: { field: string }) => d.field)).toEqual(["forecasts.1.teamId", "forecasts.1.reportId"]);
    expect(await counts()).toEqual(before);
  });

  test("one analyst's two predictions at the same instant on one forecast: both named, so re-imports are deterministic", async () => {
    const at = iso(50);
    const { status, body } = await importAs(mia, {
      forecasts: [yesNo({ predictions: [
        { analyst: "nora@import.example", createdAt: at, probabilities: [70, 30] },
        { analyst: ana.actor.email, createdAt: at, probabilities: [40, 60] },
        { analyst: "NORA@import.example", createdAt: at, probabilities: [60, 40] },
      ] })],
    });
    expect(status).toBe(422);
    expect(body.error.details).toEqual([
      { field: "forecasts.0.predictions.0.createdAt", message: "is the same instant as predictions.2 by nora@import.example: one analyst's predictions need distinct times" },
      { field: "forecasts.0.predictions.2.createdAt", message: "is the same instant as predictions.0 by nora@import.example: one analyst's predictions need distinct times" },
    ]);
  });

  test("not an import at all: 400 for broken JSON, 422 for the wrong shape", async () => {
    const broken = await call(importRoute, "POST", { token: mia.token, rawBody: '{"forecasts": [' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/not valid JSON/);
    const empty = await importAs(mia, { forecasts: [] });
    expect(empty.status).toBe(422);
    expect(empty.body.error.details).toEqual([{ field: "forecasts", message: "must hold at least one forecast" }]);
    const wrong = await importAs(mia, [1, 2]);
    expect(wrong.status).toBe(422);
  });
});
