import { describe, expect, test } from "vitest";
import { parseQuickEntry } from "./parse";

const TODAY = "2026-11-30";

describe("parseQuickEntry", () => {
  test("the issue's example: question, horizon and probability", () => {
    expect(parseQuickEntry("Iran's proxies attack US forces in Syria before 1 March 2027? 70%", TODAY)).toMatchObject({
      ok: true,
      question: "Iran's proxies attack US forces in Syria before 1 March 2027?",
      probability: 70,
    });
    const parsed = parseQuickEntry("Iran's proxies attack US forces in Syria before 1 March 2027? 70%", TODAY);
    expect(parsed.ok && parsed.horizon).toMatch(/^2027-0(2-28|3-01)$/);
  });

  test.each([
    ["words for the probability", "Will the talks resume by the end of 2027? likely", 67.5],
    ["a bare number", "Will the talks resume by the end of 2027? 35", 35],
    ["no question mark, a trailing percentage", "The talks resume by the end of 2027 - 20%", 20],
  ])("%s", (_label, text, probability) => {
    expect(parseQuickEntry(text, TODAY)).toMatchObject({ ok: true, probability, horizon: "2027-12-31" });
  });

  test.each([
    ["no probability", "Will the talks resume by the end of 2027?", "Add your probability"],
    ["a vague word", "Will the talks resume by the end of 2027? maybe", "no agreed probability"],
    ["no horizon", "Will the talks resume? 40%", "Say by when"],
    ["a horizon in the past", "Will the talks resume before 1 March 2020? 40%", "Say by when"],
    ["nothing typed", "   ", "Type a question"],
  ])("%s: says what is missing", (_label, text, message) => {
    const parsed = parseQuickEntry(text, TODAY);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});
