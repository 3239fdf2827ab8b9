import { expect, test } from "vitest";
import { besideField } from "./beside-field";

test.each([
  ["Title", "is required", "Title is required."],
  ["Publication date", "must be a date such as 2021-08-10", "Publication date must be a date such as 2021-08-10."],
  ["Link (optional)", "must be an http:// or https:// link", "Link must be an http:// or https:// link."],
  ["Text of the report", "looks like binary data, not text", "Text of the report looks like binary data, not text."],
  ["Text of the report", "the text is empty: paste the report's text", "the text is empty: paste the report's text"],
  ["When did it happen?", "Enter a date.", "Enter a date."],
  ["Title", undefined, undefined],
])("%s + %j → %j", (label, message, expected) => {
  expect(besideField(label, message)).toBe(expected);
});
