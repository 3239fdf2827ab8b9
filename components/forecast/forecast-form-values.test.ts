import { describe, expect, test } from "vitest";
import { isoHorizon } from "@/lib/validation/common";
import { fieldsInOrder, formErrorsOf, toForecastRequest, validateForecastForm, type ForecastFormValues } from "./forecast-form-values";

const NOW = Date.parse("2026-11-25T12:00:00Z");

type Scenario = ForecastFormValues["scenarios"][number];
const scenario = (label: string, probability: string): Scenario => ({ label, description: "", probability });

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
  scenarios: [scenario("Yes", "likely"), scenario("No", "32.5")],
  ...overrides,
});

const errorsOf = (overrides: Partial<ForecastFormValues>, scale: "icd203" | "phia" = "icd203") => validateForecastForm(values(overrides), scale, NOW);

describe("the new-forecast form speaks the API's language", () => {
  test("words become their band's midpoint and the horizon the end of its day", () => {
    const request = toForecastRequest(values(), "icd203");
    expect(validateForecastForm(values(), "icd203", NOW)).toEqual({});
    expect(request.probabilities).toEqual([67.5, 32.5]);
    expect(isoHorizon.parse(request.closesAt)).toBe(Date.parse("2027-01-31T23:59:59.999Z"));
    expect(request.tags).toEqual(["iraq", "militias"]);
    expect(request.scenarios.map((s) => s.baseline)).toEqual([true, false]);
  });

  test("on the PHIA yardstick 'likely' is 65", () => {
    expect(toForecastRequest(values({ scenarios: [scenario("Yes", "likely"), scenario("No", "35")] }), "phia").probabilities).toEqual([65, 35]);
  });

  test("a PHIA phrase reads on an ICD 203 installation at its PHIA midpoint", () => {
    expect(toForecastRequest(values({ scenarios: [scenario("Yes", "realistic possibility"), scenario("No", "55")] }), "icd203").probabilities).toEqual([45, 55]);
  });
});

describe("each probability box says what is wrong in its own words", () => {
  test.each([
    ["0", "Probabilities run from 0.1 to 99.9: nothing is certain."],
    ["100", "Probabilities run from 0.1 to 99.9: nothing is certain."],
    ["32.55", "Use at most one decimal, such as 32.5 or 32.6."],
    ["abc", "Type a number such as 30, or words such as “likely”."],
    ["may", "“may” has no agreed probability: type a number such as 30, or words such as “likely”."],
    ["", "Enter a probability: a number such as 30, or words such as “likely”."],
  ])("%j", (typed, message) => {
    const errors = errorsOf({ scenarios: [scenario("Yes", typed), scenario("No", "32.5")] });
    expect(errors["scenarios.0.probability"]).toBe(message);
    expect(Object.values(errors).join(" ")).not.toMatch(/Not read yet/);
  });

  test("a total other than 100 is reported once, for the whole vector, in percent", () => {
    const errors = errorsOf({ scenarios: [scenario("Yes", "60"), scenario("No", "30")] });
    expect(errors).toEqual({ probabilitiesTotal: "The probabilities add up to 90%; they must add up to 100%." });
  });

  test("a wrong total is reported even while other fields are still empty", () => {
    const errors = errorsOf({ title: "", scenarios: [scenario("Yes", "likely"), scenario("No", "20")] });
    expect(errors.title).toBe("Give the forecast a title.");
    expect(errors.probabilitiesTotal).toBe("The probabilities add up to 87.5%; they must add up to 100%.");
  });
});

describe("every field's problem lands beside that field, in words", () => {
  test("a tag with markup is named in the Tags field", () => {
    expect(errorsOf({ tags: "iraq, <b>bold</b>" })).toEqual({
      tags: "“<b>bold</b>” can't be a tag: use letters, digits, spaces and - _ . only, starting with a letter or digit.",
    });
  });

  test("a tag over 40 characters and a tag with markup are both named, in one message", () => {
    const long = "a".repeat(41);
    const errors = errorsOf({ tags: `iraq, ${long}, <i>` });
    expect(Object.keys(errors)).toEqual(["tags"]);
    expect(errors.tags).toContain("is longer than 40 characters.");
    expect(errors.tags).toContain("“<i>” can't be a tag");
  });

  test("more than 20 tags", () => {
    expect(errorsOf({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(",") }).tags).toBe("Use at most 20 tags (there are 21).");
  });

  test("an empty horizon asks for a day", () => {
    expect(errorsOf({ closesOn: "" }).closesOn).toBe("Enter the day the forecast closes.");
  });

  test("a horizon in the past names the day", () => {
    expect(errorsOf({ closesOn: "2020-01-01" }).closesOn).toBe("1 Jan 2020 has passed: choose a later day.");
  });

  test("a passed horizon is said even while other fields are still empty", () => {
    expect(errorsOf({ title: "", closesOn: "2021-12-31" }).closesOn).toBe("31 Dec 2021 has passed: choose a later day.");
  });

  test("today is still open: a horizon closes at the end of its day", () => {
    expect(errorsOf({ closesOn: "2026-11-25" }).closesOn).toBeUndefined();
  });

  test.each<[string, Partial<ForecastFormValues>, string]>([
    ["title", { title: "" }, "Give the forecast a title."],
    ["statement", { statement: "  " }, "Write the judgment this forecast tracks."],
    ["resolutionCriteria", { resolutionCriteria: "" }, "Say how a reviewer will decide which scenario happened."],
    ["title", { title: "x".repeat(201) }, "Keep it to 200 characters or fewer (it has 201)."],
    ["scenarios.1.label", { scenarios: [scenario("Yes", "50"), scenario("", "50")] }, "Name this scenario."],
    ["scenarios.1.label", { scenarios: [scenario("Holds", "50"), scenario("holds", "50")] }, "Another scenario has this name: give each its own."],
    ["scenariosRoot", { baselineIndex: "" }, "Mark one scenario as the baseline (the main assessment)."],
    ["rationale", { rationale: "y".repeat(10_001) }, "Keep it to 10,000 characters or fewer (it has 10,001)."],
  ])("%s: %j", (field, overrides, message) => {
    expect(errorsOf(overrides)[field]).toBe(message);
  });

  test("no message carries a field name or developer words", () => {
    const errors = errorsOf({
      title: "",
      closesOn: "",
      tags: "<x>",
      baselineIndex: "",
      scenarios: [scenario("", "0"), scenario("", "abc"), scenario("Third", "32.55")],
    });
    const text = Object.values(errors).join(" ");
    expect(text).not.toMatch(/closesAt|ISO 8601|probabilities\.|scenarios\.|and \d+ more|must be/);
  });

  test("the fields come out top to bottom", () => {
    const errors = errorsOf({ title: "", rationale: "y".repeat(10_001), tags: "<x>", scenarios: [scenario("", "abc"), scenario("No", "30")] });
    expect(fieldsInOrder(errors)).toEqual(["title", "tags", "scenarios.0.label", "scenarios.0.probability", "rationale"]);
  });
});

describe("the server's field errors land beside the same fields", () => {
  test.each([
    ["tags.1", "a tag holds letters, digits, spaces, - _ and .", "tags", "“<b>” can't be a tag"],
    ["closesAt", "must be in the future", "closesOn", "has passed: choose a later day."],
    ["teamId", "is not a known team", "teamId", "That team no longer exists"],
    ["reportId", "is not a known report", "reportId", "The report this forecast comes from no longer exists"],
    ["probabilities.1", "must be at most 99.9", "scenarios.1.probability", "Probabilities run from 0.1 to 99.9"],
    ["probabilities", "must sum to 100 (they sum to 90)", "probabilitiesTotal", "add up to 90%"],
    ["scenarios.0.label", "is required", "scenarios.0.label", "Name this scenario."],
  ])("%s", (path, message, field, words) => {
    const errors = formErrorsOf({ [path]: message }, values({ tags: "iraq, <b>" }));
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toContain(words);
  });
});
