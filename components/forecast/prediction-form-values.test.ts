import { describe, expect, test } from "vitest";
import type { ScenarioDto } from "@/lib/dto/forecast";
import { predictionErrorsOf, repeatsStanding, toPredictionRequest, validatePredictionForm } from "./prediction-form-values";

const scenarios: ScenarioDto[] = [
  { id: "s-yes", label: "Yes", description: "", baseline: true },
  { id: "s-no", label: "No", description: "", baseline: false },
];
const form = (yes: string, no: string, rationale = "") => ({ probabilities: { "s-yes": yes, "s-no": no }, rationale });

describe("the add-prediction form", () => {
  test("reads words on the installation's scale, and a phrase of the other scale at its own midpoint", () => {
    expect(toPredictionRequest(form("likely", "32.5"), scenarios, "icd203").probabilities).toEqual({ "s-yes": 67.5, "s-no": 32.5 });
    expect(toPredictionRequest(form("roughly even chance", "50"), scenarios, "phia").probabilities).toEqual({ "s-yes": 50, "s-no": 50 });
  });

  test.each([
    ["0", "Probabilities run from 0.1 to 99.9: nothing is certain."],
    ["100", "Probabilities run from 0.1 to 99.9: nothing is certain."],
    ["32.55", "Use at most one decimal, such as 32.5 or 32.6."],
    ["abc", "Type a number such as 30, or words such as “likely”."],
  ])("%j is refused in its own words, beside its box", (typed, message) => {
    expect(validatePredictionForm(form(typed, "50"), scenarios, "icd203")["probabilities.s-yes"]).toBe(message);
  });

  test("a box that can't be read is the only problem said: no total of the others", () => {
    expect(validatePredictionForm(form("abc", "32.5"), scenarios, "icd203")).toEqual({ "probabilities.s-yes": "Type a number such as 30, or words such as “likely”." });
  });

  test("a total off 100 is said in percent", () => {
    expect(validatePredictionForm(form("60", "30"), scenarios, "icd203")).toEqual({ total: "The probabilities add up to 90%; they must add up to 100%." });
  });

  test("the server's errors keep their field, in words", () => {
    expect(predictionErrorsOf({ probabilities: "must sum to 100 (they sum to 90)", rationale: "must be at most 10,000 characters" }, form("60", "30", "x".repeat(10_001)))).toEqual({
      total: "The probabilities add up to 90%; they must add up to 100%.",
      rationale: "Keep it to 10,000 characters or fewer (it has 10,001).",
    });
  });
});

describe("repeatsStanding: the same numbers as the analyst's standing prediction", () => {
  test("the same numbers typed as words count as the same", () => {
    expect(repeatsStanding(toPredictionRequest(form("likely", "32.5"), scenarios, "icd203"), { "s-yes": 67.5, "s-no": 32.5 })).toBe(true);
  });

  test.each([
    ["different numbers", { "s-yes": 60, "s-no": 40 }],
    ["no standing prediction", null],
  ])("%s: nothing to ask", (_label, current) => {
    expect(repeatsStanding({ probabilities: { "s-yes": 67.5, "s-no": 32.5 } }, current)).toBe(false);
  });
});
