import { describe, expect, it } from "vitest";
import type { AssessmentReason } from "./assessment";
import { describeReason } from "./describe-reason";

const formatDate = (ms: number) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(ms);
const NOV_7 = Date.parse("2021-11-07T18:00Z");

describe("describeReason", () => {
  it.each<[string, AssessmentReason, string]>([
    ["no contrary evidence", { kind: "no_contrary_evidence" }, "No indicator pointing away from the baseline has been observed"],
    [
      "an indicator against the baseline",
      {
        kind: "contrary_indicator",
        indicatorId: "i1",
        description: "Drone attack on the prime minister's residence",
        observedAt: NOV_7,
        direction: "against",
        scenarioId: "a",
        label: "Harassing attacks continue",
      },
      "An indicator against the baseline was observed on 7 Nov 2021: Drone attack on the prime minister's residence",
    ],
    [
      "an indicator for an alternative",
      {
        kind: "contrary_indicator",
        indicatorId: "i2",
        description: "Militia leaders threaten revenge",
        observedAt: NOV_7,
        direction: "for",
        scenarioId: "b",
        label: "Lethal attacks resume",
      },
      "An indicator for the alternative “Lethal attacks resume” was observed on 7 Nov 2021: Militia leaders threaten revenge",
    ],
    [
      "overtaken, in whole percentages",
      { kind: "overtaken", scenarioId: "b", label: "Lethal attacks resume", implied: 41.2, baselineImplied: 37.6 },
      "“Lethal attacks resume” now outweighs the baseline (41% vs 38%)",
    ],
    [
      "overtaken by a hair, with the decimal that shows it",
      { kind: "overtaken", scenarioId: "b", label: "Lethal attacks resume", implied: 38.44, baselineImplied: 38.2 },
      "“Lethal attacks resume” now outweighs the baseline (38.4% vs 38.2%)",
    ],
    [
      "borne out",
      { kind: "resolved", outcomeScenarioId: "a", label: "Harassing attacks continue", borneOut: true, outcomeKnownAt: NOV_7 },
      "The outcome was the baseline, “Harassing attacks continue” (known 7 Nov 2021)",
    ],
    [
      "not borne out",
      { kind: "resolved", outcomeScenarioId: "b", label: "Lethal attacks resume", borneOut: false, outcomeKnownAt: NOV_7 },
      "The outcome was the alternative “Lethal attacks resume” (known 7 Nov 2021)",
    ],
    ["annulled", { kind: "annulled", outcomeKnownAt: NOV_7 }, "The forecast was annulled (known 7 Nov 2021)"],
  ])("%s", (_label, reason, sentence) => {
    expect(describeReason(reason, formatDate)).toBe(sentence);
  });
});
