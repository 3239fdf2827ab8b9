import { describe, expect, test } from "vitest";
import { toForecastRequest, validateForecastForm, type ForecastFormValues } from "./forecast-form-values";

const NOW = Date.parse("2026-11-25T12:00:00Z");

const values = (overrides: Partial<ForecastFormValues> = {}): ForecastFormValues => ({
  title: "Proxies keep attacks low-level",
  statement: "They will likely keep attacks low-level.",
  resolutionCriteria: "A lethal attack resolves No.",
  closesOn: "2027-01-31",
  confidence: "moderate",
  tags: "iraq, militias",
  teamId: "",
  reportId: "",
  excerpt: "",
  rationale: "",
  baselineIndex: "0",
  scenarios: [
    { label: "Yes", description: "", probability: "likely" },
    { label: "No", description: "", probability: "32.5" },
  ],
  ...overrides,
});

describe("the new-forecast form speaks the API's language", () => {
  test("words become their band's midpoint and the horizon the end of its day", () => {
    const { request, errors } = toForecastRequest(values(), "icd203");
    expect(errors).toEqual({});
    expect(request.probabilities).toEqual([67.5, 32.5]);
    expect(request.closesAt).toBe("2027-01-31T23:59:59.999Z");
    expect(request.tags).toEqual(["iraq", "militias"]);
    expect(request.scenarios.map((s) => s.baseline)).toEqual([true, false]);
  });

  test("on the PHIA yardstick 'likely' is 65", () => {
    const { request } = toForecastRequest(values({ scenarios: [{ label: "Yes", description: "", probability: "likely" }, { label: "No", description: "", probability: "35" }] }), "phia");
    expect(request.probabilities).toEqual([65, 35]);
  });

  test.each([
    ["a vague word", "may", "scenarios.0.probability", "no agreed probability"],
    ["two decimals", "67.55", "scenarios.0.probability", "one decimal"],
    ["an empty box", "", "scenarios.0.probability", "percentage"],
  ])("%s is reported on its own box", (_label, typed, field, words) => {
    const errors = validateForecastForm(values({ scenarios: [{ label: "Yes", description: "", probability: typed }, { label: "No", description: "", probability: "32.5" }] }), "icd203", NOW);
    expect(errors[field].message).toContain(words);
  });

  test("a total other than 100 is reported once, for the whole vector", () => {
    const errors = validateForecastForm(values({ scenarios: [{ label: "Yes", description: "", probability: "60" }, { label: "No", description: "", probability: "30" }] }), "icd203", NOW);
    expect(errors.probabilitiesTotal.message).toContain("sum to 100");
  });

  test("a wrong total is reported even while other fields are still empty", () => {
    const errors = validateForecastForm(values({ title: "", scenarios: [{ label: "Yes", description: "", probability: "likely" }, { label: "No", description: "", probability: "20" }] }), "icd203", NOW);
    expect(errors.title.message).toBe("is required");
    expect(errors.probabilitiesTotal.message).toContain("they sum to 87.5");
  });

  test("an empty horizon asks for a day", () => {
    expect(validateForecastForm(values({ closesOn: "" }), "icd203", NOW).closesOn.message).toBe("choose the day the forecast closes");
  });

  test("a horizon in the past is refused on the date field", () => {
    expect(validateForecastForm(values({ closesOn: "2020-01-01" }), "icd203", NOW).closesOn.message).toBe("must be in the future");
  });

  test("an empty title is named", () => {
    expect(validateForecastForm(values({ title: "" }), "icd203", NOW).title.message).toBe("is required");
  });
});
