const DAY = 86_400_000;

/** A valid POST /api/v1/forecasts body; tests override one field to break one rule. */
export function forecastInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Proxies keep attacks low-level until the elections",
    statement: "Iran-aligned militias limit attacks on US forces to harassment until 31 October.",
    resolutionCriteria: "Resolves No if a lethal attack on US forces is reported before the horizon.",
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    confidence: "moderate",
    tags: ["iraq", "Militias"],
    scenarios: [{ label: "Low-level only", baseline: true }, { label: "Lethal attacks resume" }],
    probabilities: [67.5, 32.5],
    rationale: "The report says likely.",
    ...overrides,
  };
}
