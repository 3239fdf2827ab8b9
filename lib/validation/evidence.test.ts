import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { fieldIssues } from "./issues";
import { addIndicatorSchema, linkEventSchema, recordEventSchema } from "./evidence";

/** Each field path with its first message, as a form places them and the API lists them. */
function messagesOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const messages: Record<string, string> = {};
  for (const issue of fieldIssues(result.error)) messages[issue.field] ??= issue.message;
  return messages;
}

/** A person reads these beside a labelled field: whole sentences, no field names or jargon. */
function expectReadable(messages: Record<string, string>): void {
  for (const [field, message] of Object.entries(messages)) {
    expect(message, field).toMatch(/^[A-Z“].*[.]$/);
    expect(message, field).not.toMatch(/ISO|8601|\bid\b|string|must be|occurredAt|sourceUrl|likelihoodRatio|expectedBy|scenarioId/);
  }
}

describe("recordEventSchema", () => {
  test("an empty form: the date and the title, each in a person's words, under their API field names", () => {
    const messages = messagesOf(recordEventSchema, { occurredAt: "", title: "", description: "", sourceUrl: null, sourceReliability: null, infoCredibility: null });
    expect(messages).toEqual({ occurredAt: "Enter a date.", title: "Say what happened, in a short title." });
    expectReadable(messages);
  });

  test("an API body with nothing in it names the same two fields", () => {
    expect(Object.keys(messagesOf(recordEventSchema, {}))).toEqual(["occurredAt", "title"]);
  });

  test.each([
    ["a day in another format", { occurredAt: "31/12/2021" }, "occurredAt", "Enter a date such as 2021-12-31, or a date and time such as 2021-12-31T12:00:00Z."],
    ["a javascript: link", { sourceUrl: "javascript:alert(1)" }, "sourceUrl", "Enter a link that starts with http:// or https://."],
    ["a link too long", { sourceUrl: `https://example.org/${"a".repeat(2000)}` }, "sourceUrl", "Keep the link to 2,000 characters or fewer."],
    ["a title too long", { title: "x".repeat(201) }, "title", "Keep the title to 200 characters or fewer."],
    ["a reliability of G", { sourceReliability: "G" }, "sourceReliability", "Choose a grade from A to F."],
    ["a credibility of 7", { infoCredibility: 7 }, "infoCredibility", "Choose a grade from 1 to 6."],
    ["an empty indicator id", { indicatorIds: [""] }, "indicatorIds.0", "Choose an indicator."],
  ])("%s", (_label, override, field, message) => {
    const messages = messagesOf(recordEventSchema, { occurredAt: "2021-11-07", title: "Drone attack on the PM's residence", ...override });
    expect(messages).toEqual({ [field]: message });
    expectReadable(messages);
  });

  test("still reads a day or a date-time as epoch ms", () => {
    expect(recordEventSchema.parse({ occurredAt: "2021-11-07", title: "x" }).occurredAt).toBe(Date.UTC(2021, 10, 7));
    expect(recordEventSchema.parse({ occurredAt: "2021-11-07T03:00:00+03:00", title: "x" }).occurredAt).toBe(Date.UTC(2021, 10, 7));
  });
});

describe("addIndicatorSchema", () => {
  const valid = { scenarioId: "s1", description: "A lethal rocket attack", direction: "for", likelihoodRatio: 3, expectedBy: null };

  test.each([
    ["no description", { description: " " }, "description", "Describe something observable that would bear on a scenario."],
    ["a ratio of 1", { likelihoodRatio: 1 }, "likelihoodRatio", "Enter a number greater than 1 (1.5 weak, 3 moderate, 10 strong)."],
    ["no ratio", { likelihoodRatio: Number.NaN }, "likelihoodRatio", "Enter a number greater than 1 (1.5 weak, 3 moderate, 10 strong)."],
    ["a ratio of 5000", { likelihoodRatio: 5000 }, "likelihoodRatio", "Enter a ratio of 1,000 or less."],
    ["a direction of sideways", { direction: "sideways" }, "direction", "Choose “for” (makes the scenario more likely) or “against” (less likely)."],
    ["no scenario", { scenarioId: "" }, "scenarioId", "Choose the scenario it bears on."],
    ["an expected-by that is no date", { expectedBy: "soon" }, "expectedBy", "Enter a date such as 2021-12-31, or a date and time such as 2021-12-31T12:00:00Z."],
  ])("%s", (_label, override, field, message) => {
    const messages = messagesOf(addIndicatorSchema, { ...valid, ...override });
    expect(messages).toEqual({ [field]: message });
    expectReadable(messages);
  });

  test("no expected-by is null", () => {
    expect(addIndicatorSchema.parse({ ...valid, expectedBy: undefined }).expectedBy).toBeNull();
  });
});

describe("linkEventSchema", () => {
  test("no indicator", () => {
    expect(messagesOf(linkEventSchema, {})).toEqual({ indicatorId: "Choose an indicator." });
  });
});
