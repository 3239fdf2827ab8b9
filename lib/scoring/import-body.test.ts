import { describe, expect, test } from "vitest";
import { importForecastToScore, type ImportForecast } from "./import-body";
import { scoreForecast } from "./score-forecast";

const imported = (overrides: Partial<ImportForecast> = {}): ImportForecast => ({
  title: "Ceasefire by June",
  statement: "A ceasefire will hold by 1 June 2024.",
  resolutionCriteria: "Announced by both sides.",
  closesAt: "2024-06-01T00:00:00.000Z",
  createdAt: "2024-03-01T00:00:00.000Z",
  author: "ann@example.org",
  scenarios: [{ label: "Holds", baseline: true }, { label: "Breaks" }, { label: "Never agreed" }],
  predictions: [
    { analyst: "ann@example.org", createdAt: "2024-03-01T00:00:00.000Z", probabilities: [50, 30, 20] },
    { analyst: "ann@example.org", createdAt: "2024-03-01T00:00:00.000Z", probabilities: [60, 30, 10] },
  ],
  resolution: { outcome: 1, outcomeKnownAt: "2024-05-20T00:00:00.000Z" },
  ...overrides,
});

describe("importForecastToScore: an import forecast as scoring reads it", () => {
  test("scenarios are named by index, analysts by email, times in epoch ms", () => {
    expect(importForecastToScore(imported())).toEqual({
      scenarioIds: ["0", "1", "2"],
      closesAt: Date.parse("2024-06-01T00:00:00Z"),
      outcomeKnownAt: Date.parse("2024-05-20T00:00:00Z"),
      outcomeScenarioId: "1",
      annulled: false,
      predictions: [
        { id: "p000000", analystId: "ann@example.org", createdAt: Date.parse("2024-03-01T00:00:00Z"), probabilities: { "0": 50, "1": 30, "2": 20 } },
        { id: "p000001", analystId: "ann@example.org", createdAt: Date.parse("2024-03-01T00:00:00Z"), probabilities: { "0": 60, "1": 30, "2": 10 } },
      ],
    });
  });

  test("of two predictions at the same instant, the later one in the file is final", () => {
    const result = scoreForecast(importForecastToScore(imported())!);
    expect(result.analysts[0].finalPredictionId).toBe("p000001");
    expect(result.analysts[0].finalBrier).toBeCloseTo(0.5 * (0.6 ** 2 + 0.7 ** 2 + 0.1 ** 2), 12); // ½ (0.36 + 0.49 + 0.01) = 0.43
  });

  test("an annulled forecast is annulled; an unresolved one is not scored", () => {
    expect(importForecastToScore(imported({ resolution: { annulled: true, outcomeKnownAt: "2024-05-20T00:00:00.000Z" } }))).toMatchObject({ annulled: true, outcomeScenarioId: null });
    expect(importForecastToScore(imported({ resolution: undefined }))).toBeNull();
  });
});
