import { expect, test } from "vitest";
import { judgmentClauses, type ClauseTerm } from "./clauses";

/** Terms located by their words in `text`; `judges` false for a comparative. */
function termsIn(text: string, words: [string, boolean][]): ClauseTerm[] {
  return words.map(([word, judges]) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, judges };
  });
}

const clauses = (text: string, words: [string, boolean][]) => judgmentClauses(text, termsIn(text, words)).map((c) => text.slice(c.start, c.end));

test.each([
  [", but", "Iran will likely attack, but its proxies may wait.", ["Iran will likely attack", "its proxies may wait."]],
  [", yet", "Iran will likely attack, yet its proxies may wait.", ["Iran will likely attack", "its proxies may wait."]],
  [", while", "Iran will likely attack, while its proxies may wait.", ["Iran will likely attack", "its proxies may wait."]],
  [", whereas", "Iran will likely attack, whereas its proxies may wait.", ["Iran will likely attack", "its proxies may wait."]],
  ["a semicolon", "Iran will likely attack; its proxies may wait.", ["Iran will likely attack", "its proxies may wait."]],
  ["but without a comma", "Iran will likely attack but may wait.", ["Iran will likely attack", "may wait."]],
])("cuts at %s", (_, text, expected) => {
  expect(clauses(text, [["likely", true], ["may", true]])).toEqual(expected);
});

test("three judgments, three clauses", () => {
  const text = "A is likely; B may follow, but C is unlikely.";
  expect(clauses(text, [["likely", true], ["may", true], ["unlikely", true]])).toEqual(["A is likely", "B may follow", "C is unlikely."]);
});

test.each([
  ["a side without a judging word", "That scenario remains unlikely but dangerous to US interests.", [["unlikely", true]]],
  ["a side with only a comparative", "Attacks may continue; they are less likely to destabilize Iraq.", [["may", true], ["less likely", false]]],
  ["'and'", "The militia may attack, and it could escalate.", [["may", true], ["could", true]]],
  ["a bare comma", "A strike is very likely, a deal highly unlikely.", [["very likely", true], ["highly unlikely", true]]],
  ["'but also'", "Iran may strike not only Erbil but also bases that could host aircraft.", [["may", true], ["could", true]]],
  ["a join inside a term", "A coup is unlikely but possible.", [["unlikely but possible", true]]],
] as [string, string, [string, boolean][]][])("does not cut at %s", (_, text, words) => {
  expect(clauses(text, words)).toEqual([text]);
});

test("a side without a judgment joins its neighbour, so the clauses still cover the sentence", () => {
  const text = "Iran will likely attack, but the damage is limited; its proxies may wait.";
  expect(clauses(text, [["likely", true], ["may", true]])).toEqual(["Iran will likely attack, but the damage is limited", "its proxies may wait."]);
});
