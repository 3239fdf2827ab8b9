import { describe, expect, test } from "vitest";
import { ANNUL, EMPTY_RESOLUTION, checkResolveForm, formFieldOf, toResolutionRequest, type ResolveFormValues } from "./resolve-form-values";

const NOW = Date.parse("2021-12-01T12:00:00Z");
const context = { now: NOW, createdAt: "2021-08-10T09:30:00.000Z" };
const filled = (overrides: Partial<ResolveFormValues> = {}): ResolveFormValues => ({
  ...EMPTY_RESOLUTION,
  outcome: "scenario-yes",
  knownOn: "2021-11-07",
  rationale: "The Prime Minister's residence was attacked.",
  ...overrides,
});

describe("toResolutionRequest: the form as SPEC §6's resolution body", () => {
  test("a scenario, a date alone (00:00 UTC) and the chosen events", () => {
    expect(toResolutionRequest(filled({ eventIds: ["e1"] }))).toEqual({
      outcomeScenarioId: "scenario-yes",
      annulled: false,
      outcomeKnownAt: "2021-11-07",
      rationale: "The Prime Minister's residence was attacked.",
      eventIds: ["e1"],
    });
  });

  test("an annulment names no scenario; a time of day is UTC, seconds optional", () => {
    expect(toResolutionRequest(filled({ outcome: ANNUL, knownAt: "14:30" }))).toMatchObject({ annulled: true, outcomeKnownAt: "2021-11-07T14:30:00Z" });
    expect(toResolutionRequest(filled({ outcome: ANNUL }))).not.toHaveProperty("outcomeScenarioId");
    expect(toResolutionRequest(filled({ knownAt: "14:30:15" })).outcomeKnownAt).toBe("2021-11-07T14:30:15Z");
  });
});

describe("checkResolveForm: each problem beside its field, in the words of its label", () => {
  test("a complete form passes", () => {
    expect(checkResolveForm(filled(), context)).toEqual({});
  });

  test("nothing filled in: outcome, date and rationale asked for", () => {
    expect(checkResolveForm(EMPTY_RESOLUTION, context)).toEqual({
      outcome: "Choose the scenario that occurred, or annul the forecast.",
      knownOn: "Give the date the outcome became known.",
      rationale: "Say how you know: the rationale is kept with the resolution.",
    });
    expect(checkResolveForm({ ...EMPTY_RESOLUTION, outcome: ANNUL }, context).rationale).toBe("Say why the forecast is annulled.");
  });

  test("a date in the future, or before the forecast was made, is refused before sending", () => {
    expect(checkResolveForm(filled({ knownOn: "2021-12-02" }), context)).toEqual({ knownOn: "Date the outcome became known can't be in the future." });
    expect(checkResolveForm(filled({ knownOn: "2021-12-01", knownAt: "12:00:01" }), context)).toEqual({ knownOn: "Date the outcome became known can't be in the future." });
    expect(checkResolveForm(filled({ knownOn: "2021-08-01" }), context)).toEqual({ knownOn: "Date the outcome became known can't be before the forecast was made (10 Aug 2021, 09:30 UTC)." });
  });

  test("the day the forecast was made, without a time, asks for a time after it was made", () => {
    expect(checkResolveForm(filled({ knownOn: "2021-08-10" }), context)).toEqual({ knownAt: "The forecast was made that day at 09:30 UTC: give a time after that." });
    expect(checkResolveForm(filled({ knownOn: "2021-08-10", knownAt: "10:00" }), context)).toEqual({});
    expect(checkResolveForm(filled({ knownOn: "2021-08-10", knownAt: "09:00" }), context)).toEqual({
      knownOn: "Date the outcome became known can't be before the forecast was made (10 Aug 2021, 09:30 UTC).",
    });
  });

  test("a time that is not one, and a rationale over the shared schema's limit", () => {
    expect(checkResolveForm(filled({ knownAt: "25:00" }), context).knownAt).toBe("Give a time such as 14:30, or leave it empty for the start of the day.");
    expect(checkResolveForm(filled({ rationale: "x".repeat(5001) }), context).rationale).toBe("Rationale must be at most 5,000 characters.");
  });
});

test("the API's field paths land on the form's fields", () => {
  expect(["outcomeScenarioId", "annulled", "outcomeKnownAt", "rationale", "eventIds.3", "other"].map(formFieldOf)).toEqual(["outcome", "outcome", "knownOn", "rationale", "eventIds", null]);
});
