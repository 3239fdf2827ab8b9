import { describe, expect, test, vi } from "vitest";
import { Conflict, RuleViolation } from "@/lib/errors";
import { toFailure } from "./run-action";

describe("toFailure: what a form hears when its action is refused", () => {
  test("a rule violation: how many fields need attention, in words; each field's message under its path", () => {
    const failure = toFailure(
      new RuleViolation([
        { field: "occurredAt", message: "Enter a date." },
        { field: "title", message: "Say what happened, in a short title." },
        { field: "title", message: "A second complaint about the title is not repeated." },
      ]),
    );
    expect(failure).toEqual({
      ok: false,
      message: "2 fields need attention: see below.",
      fieldErrors: { occurredAt: "Enter a date.", title: "Say what happened, in a short title." },
    });
    expect(failure.message).not.toMatch(/occurredAt|and 1 more/);
  });

  test("one field: singular", () => {
    expect(toFailure(new RuleViolation([{ field: "expectedBy", message: "Too early." }])).message).toBe("1 field needs attention: see below.");
  });

  test("an issue of no field is said above the form, with the count of the others", () => {
    expect(toFailure(new RuleViolation([{ field: "", message: "Nothing to import." }]))).toEqual({ ok: false, message: "Nothing to import.", fieldErrors: { form: "Nothing to import." } });
    expect(toFailure(new RuleViolation([{ field: "", message: "Nothing to import." }, { field: "title", message: "Give a title." }])).message).toBe(
      "Nothing to import. 1 field needs attention: see below.",
    );
  });

  test("an error without fields keeps its own message", () => {
    expect(toFailure(new Conflict("duplicate_link", "This event is already linked to “X”."))).toEqual({ ok: false, message: "This event is already linked to “X”.", fieldErrors: {} });
  });

  test("an unexpected error is logged and the form hears only that nothing was saved", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(toFailure(new Error("SQLITE_BUSY"))).toEqual({ ok: false, message: "Something went wrong on our side and nothing was saved. Please try again.", fieldErrors: {} });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
