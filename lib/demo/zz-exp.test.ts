import { test } from "vitest";
import { syntheticTrackRecord } from "./synthetic-track-record";
import { importForecastSchema } from "@/lib/validation/import";
test("exp", () => {
  const now = Date.now();
  let t = performance.now();
  const body = syntheticTrackRecord({ forecasts: 10000, predictions: 200000, analysts: Array.from({length: 300}, (_, i) => `analyst${i+1}@bench.example`), resolvedShare: 0.9, seed: 1, now });
  console.log("gen", performance.now() - t);
  t = performance.now(); const text = JSON.stringify(body); console.log("stringify", performance.now() - t, text.length);
  t = performance.now(); const parsed = JSON.parse(text); console.log("parse", performance.now() - t);
  const schema = importForecastSchema(now);
  t = performance.now(); let bad = 0; let maxSlice = 0;
  for (let i = 0; i < parsed.forecasts.length; i += 200) {
    const s = performance.now();
    for (const f of parsed.forecasts.slice(i, i + 200)) { const r = schema.safeParse(f); if (!r.success) { bad++; if (bad < 3) console.log(JSON.stringify(r.error.issues)); } }
    maxSlice = Math.max(maxSlice, performance.now() - s);
  }
  console.log("validate", performance.now() - t, "bad", bad, "max slice", maxSlice);
  console.log("resolved", parsed.forecasts.filter((f: any) => f.resolution).length);
}, 120000);
