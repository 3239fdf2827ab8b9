import { expect, test } from "vitest";
import { linkify } from "./linkify";

test.each([
  ["no link", "Just words.", [{ kind: "text", text: "Just words." }]],
  [
    "a link ending a sentence",
    "See https://example.org/a?b=1.",
    [
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: "." },
    ],
  ],
  ["markup stays text", "<b>x</b> javascript:alert(1)", [{ kind: "text", text: "<b>x</b> javascript:alert(1)" }]],
])("%s", (_label, text, parts) => {
  expect(linkify(text)).toEqual(parts);
});
