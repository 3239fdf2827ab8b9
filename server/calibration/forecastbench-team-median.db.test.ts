/**
 * Issue 14 on a real track record: ForecastBench's superforecasters (../shared/data/forecastbench,
 * CC BY-SA 4.0; see its README — the project does not carry the data, and without ../shared this
 * test is skipped and says why). Imported as an admin would, then the team median's mean final
 * Brier per source tag, read from GET /api/v1/scores, is checked against a computation written
 * here from the raw file; the figures are printed for the record.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { GET as getCalibration } from "@/app/api/v1/calibration/route";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { GET as getScores } from "@/app/api/v1/scores/route";
import { call } from "@/tests/support/api";
import { persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";

const dataPath = path.resolve(process.cwd(), "../shared/data/forecastbench/forecastbench-2024-07-21-superforecasters.json");
const present = fs.existsSync(dataPath);
const TAGS = ["dataset", "market", "acled", "wikipedia", "yfinance", "fred", "dbnomics", "polymarket", "manifold", "infer", "metaculus"];

useTempDatabase();

/** Yes/no forecasts, probabilities [yes, no] in percent, outcome 0 = Yes; every prediction inside the window. */
interface RawFile {
  forecasts: { tags: string[]; predictions: { analyst: string; probabilities: number[] }[]; resolution: { outcome: number } }[];
}

/** The middle value, or the mean of the two middle ones — written again here, not imported. */
function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}

/** Each forecast's team median Brier: medians of yes and of no, normalised, ½Σ(p − o)². */
function teamMedianBrier(f: RawFile["forecasts"][number]): number {
  const yes = middle(f.predictions.map((p) => p.probabilities[0]));
  const no = middle(f.predictions.map((p) => p.probabilities[1]));
  const [pYes, pNo] = [yes / (yes + no), no / (yes + no)];
  const [oYes, oNo] = f.resolution.outcome === 0 ? [1, 0] : [0, 1];
  return 0.5 * ((pYes - oYes) ** 2 + (pNo - oNo) ** 2);
}

describe.skipIf(!present)(present ? "the team median on ForecastBench's superforecasters" : `the team median on ForecastBench — skipped: ${dataPath} is absent`, () => {
  test("per source tag, the team median's mean final Brier in GET /api/v1/scores matches the raw file; how many analysts it beat; its AUC", async () => {
    const text = fs.readFileSync(dataPath, "utf8");
    const raw = JSON.parse(text) as RawFile;
    const admin = await persona("Admin", "admin");
    const manager = await persona("Manager", "manager");
    const started = performance.now();
    expect((await call(importRoute, "POST", { token: admin.token, rawBody: text })).status).toBe(201);
    console.log(`ForecastBench import: ${((performance.now() - started) / 1000).toFixed(2)} s`);

    const lines: string[] = [];
    for (const tag of TAGS) {
      const tagged = raw.forecasts.filter((f) => f.tags.includes(tag));
      const expected = tagged.reduce((s, f) => s + teamMedianBrier(f), 0) / tagged.length;
      const { body } = await call(getScores, "GET", { token: manager.token, query: { tag, forecastsLimit: "1" } });
      expect(body.aggregate.forecasts, tag).toBe(tagged.length);
      expect(Math.abs(body.aggregate.meanFinalBrier - expected), tag).toBeLessThan(1e-9);
      lines.push(`${tag} (${tagged.length}): ${expected.toFixed(4)}`);
    }
    const { body: all } = await call(getScores, "GET", { token: manager.token, query: { forecastsLimit: "1" } });
    const median = all.aggregate.meanFinalBrier as number;
    const beaten = (all.analysts as { meanFinalBrier: number }[]).filter((a) => a.meanFinalBrier > median).length;
    const { body: calibration } = await call(getCalibration, "GET", { token: manager.token, query: { of: "aggregate" } });
    expect(calibration.n).toBe(2 * raw.forecasts.length);
    const { body: analysts } = await call(getCalibration, "GET", { token: manager.token });
    console.log(
      `Team median mean final Brier per tag: ${lines.join("; ")}. Overall ${median.toFixed(4)}, better than ${beaten} of ${all.analysts.length} analysts' means. ` +
        `AUC: team median ${calibration.auc.toFixed(3)}, analysts' statements ${analysts.auc.toFixed(3)}; Brier (pairs) ${calibration.brier.toFixed(4)} against ${analysts.brier.toFixed(4)}.`,
    );
  }, 120_000);
});
