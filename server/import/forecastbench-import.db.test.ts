/**
 * The real track record of ../shared/data/forecastbench (CC BY-SA 4.0; see its README), imported
 * through the API as an admin would, then every analyst's mean final Brier read back from
 * GET /api/v1/scores and checked against a computation written here from the raw file. The
 * project does not carry the data: without ../shared the test is skipped and says why.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { GET as getScores } from "@/app/api/v1/scores/route";
import { call } from "@/tests/support/api";
import { persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";

const dataPath = path.resolve(process.cwd(), "../shared/data/forecastbench/forecastbench-2024-07-21-superforecasters.json");
const present = fs.existsSync(dataPath);

useTempDatabase();

/** The file as it is: yes/no forecasts, probabilities [yes, no], outcome 0 = Yes, one prediction per analyst and forecast. */
interface RawFile {
  forecasts: { predictions: { analyst: string; probabilities: number[] }[]; resolution: { outcome: number } }[];
}

describe.skipIf(!present)(present ? "importing ForecastBench's superforecasters" : `importing ForecastBench's superforecasters — skipped: ${dataPath} is absent`, () => {
  test("POST /api/v1/import takes the 2.2 MB file; every analyst's mean final Brier in GET /api/v1/scores matches the raw file", async () => {
    const text = fs.readFileSync(dataPath, "utf8");
    const raw = JSON.parse(text) as RawFile;
    const admin = await persona("Admin", "admin");
    const reviewer = await persona("Reviewer", "reviewer");

    const started = performance.now();
    const { status, body } = await call(importRoute, "POST", { token: admin.token, rawBody: text });
    const seconds = (performance.now() - started) / 1000;
    expect(status, JSON.stringify(body).slice(0, 500)).toBe(201);
    expect(body.imported).toEqual({ forecasts: 471, predictions: 3925, resolutions: 471 });
    console.log(`ForecastBench import: ${seconds.toFixed(2)} s`);

    // Independent: (p_yes − o_yes)² per prediction, each analyst's mean, straight from the raw records.
    const briers = new Map<string, number[]>();
    for (const f of raw.forecasts) {
      const yesHappened = f.resolution.outcome === 0 ? 1 : 0;
      for (const p of f.predictions) briers.set(p.analyst, [...(briers.get(p.analyst) ?? []), (p.probabilities[0] / 100 - yesHappened) ** 2]);
    }

    const { body: scores } = await call(getScores, "GET", { token: reviewer.token, query: { forecastsLimit: "5000" } });
    const byEmail = new Map((scores.analysts as { email: string; forecasts: number; meanFinalBrier: number }[]).map((a) => [a.email, a]));
    expect([...byEmail.keys()].sort()).toEqual([...briers.keys()].sort());
    for (const [email, list] of briers) {
      const mean = list.reduce((s, v) => s + v, 0) / list.length;
      expect(byEmail.get(email)!.forecasts, email).toBe(list.length);
      expect(Math.abs(byEmail.get(email)!.meanFinalBrier - mean), email).toBeLessThan(1e-9);
    }
    expect(scores.forecasts).toHaveLength(3925);
  }, 60_000);
});
