import { describe, expect, test } from "vitest";
import { placeRefusal, refusedBeforeSending, topLevelFieldOf } from "./form-refusal";

const eventForm = topLevelFieldOf(["occurredAt", "title", "indicatorIds", "note"], { indicatorId: "indicatorIds" });

describe("placeRefusal", () => {
  test("each message beside its field; above the form, how many fields need attention", () => {
    const placed = placeRefusal(
      { message: "2 fields need attention: see below.", fieldErrors: { occurredAt: "Enter a date.", "indicatorIds.1": "This indicator does not exist.", "indicatorIds.2": "This indicator is retired." } },
      eventForm,
    );
    expect(placed).toEqual({
      fieldErrors: { occurredAt: "Enter a date.", indicatorIds: "This indicator does not exist." },
      outcome: { tone: "error", text: "2 fields need attention: see below." },
    });
  });

  test("a path the form has no field for is said above it rather than lost", () => {
    expect(placeRefusal({ message: "…", fieldErrors: { title: "Say what happened.", sourceUrl: "Enter a link." } }, topLevelFieldOf(["title"])).outcome).toEqual({
      tone: "error",
      text: "Enter a link. 1 field needs attention: see below.",
    });
    expect(placeRefusal({ message: "…", fieldErrors: { form: "Nothing to import." } }, eventForm).outcome?.text).toBe("Nothing to import.");
  });

  test("a refusal without fields keeps the action's message", () => {
    expect(placeRefusal({ message: "This event is already linked to “X”.", fieldErrors: {} }, eventForm)).toEqual({
      fieldErrors: {},
      outcome: { tone: "error", text: "This event is already linked to “X”." },
    });
  });

  test("renamed paths go to the form's field", () => {
    expect(placeRefusal({ message: "", fieldErrors: { indicatorId: "Choose at least one indicator." } }, eventForm).fieldErrors).toEqual({ indicatorIds: "Choose at least one indicator." });
  });
});

test("refusedBeforeSending counts in words", () => {
  expect(refusedBeforeSending(2)).toEqual({ tone: "error", text: "2 fields need attention: see below." });
  expect(refusedBeforeSending(1)).toEqual({ tone: "error", text: "1 field needs attention: see below." });
});
