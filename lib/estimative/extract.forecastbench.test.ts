/**
 * Extraction on real forecasters' prose: the rationales of ForecastBench's superforecasters
 * (../shared/data/forecastbench, CC BY-SA 4.0; see its README). The source had replaced every
 * comma with a space, so some quotes read oddly. Each quote is first found in the data, so the
 * table stays honest; the project does not carry the data.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { extractJudgments } from "./extract";

const dataPath = path.resolve(__dirname, "../../../shared/data/forecastbench/forecastbench-2024-07-21-superforecasters.json");
// The round's forecast due date: the day the rationales were written.
const WRITTEN = "2024-07-21";

interface Prediction {
  rationale?: string | null;
}

function rationales(): string[] {
  const data = JSON.parse(fs.readFileSync(dataPath, "utf8")) as { forecasts: { predictions: Prediction[] }[] };
  return data.forecasts.flatMap((f) => f.predictions.map((p) => p.rationale ?? "").filter(Boolean));
}

type Row = [sentence: string, judgments: { terms: string[]; probability: number | null; range?: [number, number]; horizons?: [string, string][] }[]];

const QUOTES: Row[] = [
  ["According to Berkeley Earth research scientist Zeke Hausfather  theres a 95% chance that 2024 will be the warmest year on record.", [{ terms: ["95% chance"], probability: 95 }]],
  ["Thats a roughly 48-49% chance of exactly 4 launches.", [{ terms: ["48-49% chance"], probability: 48.5, range: [48, 49] }]],
  ["This is very likely (90%).", [{ terms: ["very likely", "90%"], probability: 90 }]],
  ["Pointless to make a forecast until we know for certain  as some days in summer spike  but about a 1 in four chance for summer months", [
    { terms: ["1 in four chance"], probability: 25, horizons: [["in summer", "2024-08-31"]] },
  ]],
  ["Looks like theres a good chance of a rate cut in September - see link below.", [{ terms: ["good chance"], probability: null, horizons: [["in September", "2024-09-30"]] }]],
  ["I believe that Harris has a very good chance of becoming the nominee now that Biden has dropped out.", [{ terms: ["very good chance"], probability: null }]],
  ["However  I dont think its a strong possibility.", [{ terms: ["strong possibility"], probability: null }]],
  ["Very unlikely  but possible.", [{ terms: ["very unlikely but possible"], probability: 12.5 }]],
  ["The Fed will probably start to cut rates again in September  but likely not get into a very-low rate secenario for years", [
    { terms: ["probably"], probability: 67.5, horizons: [["in September", "2024-09-30"]] },
    { terms: ["likely not"], probability: 32.5 },
  ]],
  ["With the Fed rate likely to begin decreasing this fall and into 2025", [
    { terms: ["likely"], probability: 67.5, horizons: [["this fall", "2024-11-30"], ["into 2025", "2025-12-31"]] },
  ]],
  // Shares and scores, not chances: no judgment.
  ["In 2020 Biden won 92% of the vote.", []],
  ["Hepatitis D virus (HDV) affects globally nearly 5% of people who have a chronic infection with hepatitis B virus (HBV).", []],
  ["Up 111% over the past 5 years compared to S&P  500 up 87%.", []],
];

describe.skipIf(!fs.existsSync(dataPath))("ForecastBench superforecasters' rationales", () => {
  const texts = fs.existsSync(dataPath) ? rationales() : [];

  test.each(QUOTES)("%s", (sentence, expected) => {
    expect(texts.some((t) => t.includes(sentence))).toBe(true);
    const found = extractJudgments(sentence, WRITTEN).map((j) => ({
      terms: j.terms,
      probability: j.probability,
      ...(j.range ? { range: [j.range.low, j.range.high] } : {}),
      ...(j.horizons.length > 0 ? { horizons: j.horizons.map((h) => [h.text, h.date]) } : {}),
    }));
    expect(found).toEqual(expected);
  });

  test("across the rationales that mention chances or percentages, a stated number is a chance, never a share", () => {
    // Only rationales that could state a number: extracting all 3,909 takes seconds.
    const judgments = texts.filter((t) => /%|per\s*cent|chance|odds/i.test(t)).flatMap((t) => extractJudgments(t, WRITTEN));
    const stated = judgments.flatMap((j) => j.terms.filter((term) => /\d|percent/.test(term)).map((term) => ({ term, sentence: j.sentence.toLowerCase() })));
    expect(stated.length).toBeGreaterThan(50);
    for (const { term, sentence } of stated) {
      // "a 30% chance of rain" is a chance; "30% of the vote" a share.
      if (!/(?:chances?|probability|likelihood|odds|risk)$/.test(term)) expect(sentence).not.toContain(`${term} of `);
    }
    for (const j of judgments) {
      if (j.probability !== null) expect(j.probability).toBeGreaterThanOrEqual(0);
      if (j.probability !== null) expect(j.probability).toBeLessThanOrEqual(100);
      if (j.range) expect(j.range.low).toBeLessThan(j.range.high);
    }
  });
});
