import { describe, expect, test } from "vitest";
import { extractJudgments } from "./extract";
import { forecastStatement, forecastTitle, presentTense, TITLE_MAX } from "./titles";

describe("forecastTitle", () => {
  test("each judgment of a two-judgment sentence gets its own clause, the second borrowing the subject", () => {
    const [first, second] = extractJudgments(
      "Iran's proxies will likely sustain low-level attacks until after the October elections, but they may expand attacks toward the end of the year.",
    );
    expect(forecastTitle(first.sentence, first.fullSentence)).toBe("Iran's proxies sustain low-level attacks until after the October elections");
    expect(forecastTitle(second.sentence, second.fullSentence)).toBe("Iran's proxies expand attacks toward the end of the year");
  });

  test.each([
    // Real sentences of the example report (ISW/CTP, 10 August 2021).
    ["The proxies will likely obey Ghaani's orders.", "The proxies obey Ghaani's orders"],
    ["Ameri will likely focus on that committee and legitimate political avenues to expel US forces.", "Ameri focuses on that committee and legitimate political avenues to expel US forces"],
    [
      "The committee will likely announce its determination that US forces are not withdrawing between the October 10 elections and December 31 deadline that US and Iraqi negotiators set to end the US combat presence.",
      "The committee announces its determination that US forces are not withdrawing",
    ],
    ["Iran is likely attempting to compartmentalize its escalations against Israel and the United States.", "Iran is attempting to compartmentalize its escalations against Israel and the United States"],
    ["Likely Iranian proxies also fired two rockets at the US Embassy in Baghdad on July 29.", "Iranian proxies fired two rockets at the US Embassy in Baghdad on July 29"],
    [
      "However, the groups most upset with the Dialogue's outcome are more likely to conduct larger-scale attacks outside of Iraqi territory to follow Iran's directives.",
      "The groups most upset with the Dialogue's outcome",
    ],
    [
      "Proxies may continue larger-scale attacks on US forces in Syria before October and may also expand their attacks to target US aircraft, bases, and allies throughout the Middle East.",
      "Proxies continue larger-scale attacks on US forces in Syria before October",
    ],
    [
      "Iran and its Iraqi proxies have likely agreed to limit major attacks on US forces in Iraq until the end of 2021.",
      "Iran and its Iraqi proxies have agreed to limit major attacks on US forces in Iraq",
    ],
  ])("%s", (sentence, title) => {
    expect(forecastTitle(sentence)).toBe(title);
  });

  test.each([
    ["We assess that the regime will probably not survive the protests.", "The regime survives the protests"],
    ["We assess that the envoys probably will not return before the vote.", "The envoys return before the vote"],
    ["The dam likely won't hold through the floods.", "The dam holds through the floods"],
    ["We assess with moderate confidence that Iran will likely attack.", "Iran attacks"],
    ["We judge it 70% likely that Iran attacks by summer 2022.", "Iran attacks by summer 2022"],
    ["There is a 30-40% chance that the ceasefire holds through Q3 2022.", "The ceasefire holds through Q3 2022"],
    ["It is likely that the talks collapse.", "The talks collapse"],
    ["The talks are unlikely to resume before October.", "The talks resume before October"],
    ["Elections are almost certain to be delayed.", "Elections are delayed"],
    ["The militia may not disarm.", "The militia will not disarm"],
    ["The most likely course of action is a pause.", "The most likely course of action is a pause"],
    ["Theresa May will likely resign.", "Theresa May resigns"],
    ["Iranian and proxy rhetoric could portend a push to expel US forces.", "Iranian and proxy rhetoric portends a push to expel US forces"],
  ])("lead-ins and hedges go: %s", (sentence, title) => {
    expect(forecastTitle(sentence)).toBe(title);
  });

  test("a long clause is cut at a phrase boundary, never inside a word, with no ellipsis", () => {
    const sentence =
      "Iran likely ordered its Iraqi proxies to sustain low-level, harassing attacks on US forces in Iraq until after the October 2021 parliamentary elections and to return to more lethal attacks toward the end of 2021.";
    expect(forecastTitle(sentence)).toBe("Iran ordered its Iraqi proxies to sustain low-level, harassing attacks on US forces in Iraq");
  });

  test("a word with no boundary in reach is kept whole", () => {
    const title = forecastTitle(`Iran will likely ${"escalate ".repeat(20)}`);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title).toMatch(/^Iran escalates( escalate)+$/);
  });
});

test.each([
  ["sustain", "Iran", "sustains"],
  ["sustain", "Iran's proxies", "sustain"],
  ["sustain", "Iran and Hezbollah", "sustain"],
  ["reach", "The militia", "reaches"],
  ["try", "The United States", "tries"],
  ["be", "The vote", "is"],
  ["be", "Elections", "are"],
  ["have", "Iran", "has"],
  ["obey", "The committee", "obeys"],
])("presentTense(%s) after %s is %s", (verb, subject, expected) => {
  expect(presentTense(verb, subject)).toBe(expected);
});

describe("forecastStatement", () => {
  const sentence =
    "Iran's proxies will likely sustain low-level attacks until after the October elections, but they may expand attacks toward the end of the year.";

  test("a whole sentence stays as written", () => {
    expect(forecastStatement("The proxies will likely obey Ghaani's orders.")).toBe("The proxies will likely obey Ghaani's orders.");
  });

  test("each clause of a split sentence becomes a sentence of its own, keeping the author's words", () => {
    const [first, second] = extractJudgments(sentence);
    expect(forecastStatement(first.sentence, first.fullSentence)).toBe("Iran's proxies will likely sustain low-level attacks until after the October elections.");
    expect(forecastStatement(second.sentence, second.fullSentence)).toBe("Iran's proxies may expand attacks toward the end of the year.");
  });
});
