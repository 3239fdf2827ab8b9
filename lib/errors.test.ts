import { describe, expect, test } from "vitest";
import { Conflict, fieldsNeedAttention, RuleViolation, toErrorBody } from "./errors";

describe("fieldsNeedAttention", () => {
  test.each([
    [1, "1 field needs attention: see below."],
    [2, "2 fields need attention: see below."],
    [12, "12 fields need attention: see below."],
  ])("%i → %s", (count, expected) => {
    expect(fieldsNeedAttention(count)).toBe(expected);
  });
});

describe("toErrorBody (SPEC §6), unchanged for API clients", () => {
  test("a rule violation keeps its code, names the first field in the message and lists every field", () => {
    const issues = [
      { field: "occurredAt", message: "Enter a date." },
      { field: "title", message: "Say what happened, in a short title." },
    ];
    expect(toErrorBody(new RuleViolation(issues))).toEqual({
      status: 422,
      body: { error: { code: "validation_failed", message: "occurredAt: Enter a date. (and 1 more)", details: issues } },
    });
  });

  test("a conflict has no details", () => {
    expect(toErrorBody(new Conflict("duplicate_link", "Already linked."))).toEqual({ status: 409, body: { error: { code: "duplicate_link", message: "Already linked." } } });
  });

  test("an unexpected error keeps its text private", () => {
    expect(toErrorBody(new Error("SQLITE_BUSY at db.ts:12"))).toEqual({ status: 500, body: { error: { code: "internal", message: "Something went wrong on our side. It has been logged." } } });
  });
});
