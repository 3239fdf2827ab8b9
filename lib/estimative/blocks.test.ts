import { expect, test } from "vitest";
import { splitBlocks } from "./blocks";

const blocks = (input: string) => splitBlocks(input).map((b) => input.slice(b.start, b.end));

test("paragraphs are separated by blank lines, wrapped lines stay together", () => {
  expect(blocks("First line\nwraps here.\n\n\nSecond paragraph.")).toEqual(["First line\nwraps here.", "Second paragraph."]);
});

test("handles Windows line ends", () => {
  expect(blocks("One.\r\n\r\nTwo.\r\n").map((b) => b.trim())).toEqual(["One.", "Two."]);
});

test("a short unpunctuated first line before a capitalised one is a heading", () => {
  expect(blocks("Iranian Proxy Response\nIran and its proxies acted.")).toEqual(["Iranian Proxy Response", "Iran and its proxies acted."]);
});

test("a short line ending in a dangling word is a wrapped line, not a heading", () => {
  expect(blocks("Ghaani met with\nBadr Organization leaders.")).toEqual(["Ghaani met with\nBadr Organization leaders."]);
});

test("list items are blocks of their own", () => {
  expect(blocks("Judgments:\n- Iran will act.\n- Proxies will follow\n  its lead.\n1. A third.")).toEqual([
    "Judgments:",
    "- Iran will act.",
    "- Proxies will follow\n  its lead.",
    "1. A third.",
  ]);
});

test("link lines and endnote lines are left out, and split the text around them", () => {
  const input = [
    "Body text.",
    "¹ <https://www.state.gov/statement/>",
    "[%D8%A7%D9%84](https://skynewsarabia.com/1453835-%D8%A7)",
    "%D9%8A%D8%B3%D8%AA%D9%87-",
    "t dot me/sabreenS1/26872",
    "[12] A note that mentions nothing.",
    "More body text.",
  ].join("\n");
  expect(blocks(input)).toEqual(["Body text.", "More body text."]);
});

test("everything after a Notes heading is left out", () => {
  expect(blocks("Body.\n\n## Endnotes\n\nIran may act, a source said.\n\nAnother note.")).toEqual(["Body."]);
});

test("a paragraph stopping mid-sentence continues in a next one that starts in lower case", () => {
  expect(blocks("Iran would take a “wait and see”\n\napproach.\n\nNew paragraph.")).toEqual([
    "Iran would take a “wait and see”\n\napproach.",
    "New paragraph.",
  ]);
  expect(blocks("Iran acted.\n\nthen it stopped.")).toEqual(["Iran acted.", "then it stopped."]);
});
