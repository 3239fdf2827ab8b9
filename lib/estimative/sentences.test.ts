import { describe, expect, test } from "vitest";
import { offsetsInInput, splitSentences } from "./sentences";

const texts = (input: string) => splitSentences(input).map((s) => s.text);

describe("splitSentences", () => {
  test("splits on full stops, question and exclamation marks", () => {
    expect(texts("Iran will act. Will it? It will!")).toEqual(["Iran will act.", "Will it?", "It will!"]);
  });

  test.each([
    ["U.S. forces remain. The U.S. Embassy was hit.", ["U.S. forces remain.", "The U.S. Embassy was hit."]],
    ["Dr. Smith and Gen. Milley met. They spoke.", ["Dr. Smith and Gen. Milley met.", "They spoke."]],
    ["Targets, e.g. Erbil, were hit. Others, i.e. Harir, were not.", ["Targets, e.g. Erbil, were hit.", "Others, i.e. Harir, were not."]],
    ["Lawlor et al. Found this. Then left.", ["Lawlor et al. Found this.", "Then left."]],
    ["The vote is on Oct. 10 this year. It matters.", ["The vote is on Oct. 10 this year.", "It matters."]],
    ["President John F. Kennedy spoke. Crowds cheered.", ["President John F. Kennedy spoke.", "Crowds cheered."]],
    ["Rockets, drones, etc. All were used.", ["Rockets, drones, etc.", "All were used."]],
  ])("keeps abbreviations inside sentences: %s", (input, expected) => expect(texts(input)).toEqual(expected));

  test("keeps US and al- names whole", () => {
    expect(texts("US forces met Hadi al-Ameri. Asa'ib Ahl al-Haq objected.")).toEqual([
      "US forces met Hadi al-Ameri.",
      "Asa'ib Ahl al-Haq objected.",
    ]);
  });

  test("ends a sentence after a closing quote and footnote markers, which it drops", () => {
    expect(texts('He called it a "national achievement."¹¹ Ameri agreed.² Others did not.[3] Done.')).toEqual([
      'He called it a "national achievement."',
      "Ameri agreed.",
      "Others did not.",
      "Done.",
    ]);
  });

  test("does not split at an ellipsis inside a quotation", () => {
    expect(texts('They threatened "any base ... Arab or not ... in the region." Then they left.')).toEqual([
      'They threatened "any base ... Arab or not ... in the region."',
      "Then they left.",
    ]);
  });

  test("does not split before a lower-case word or inside numbers", () => {
    expect(texts("Attacks rose 2.5 times. approx. five were claimed.")).toEqual([
      "Attacks rose 2.5 times. approx. five were claimed.",
    ]);
  });

  test("paragraphs, headings and list items are separate", () => {
    const input = "Iranian Proxy Response\nIran acted. Proxies followed\n\nA new paragraph.\n- First item\n- Second item";
    expect(texts(input)).toEqual([
      "Iranian Proxy Response",
      "Iran acted.",
      "Proxies followed",
      "A new paragraph.",
      "First item",
      "Second item",
    ]);
  });

  test("joins lines wrapped inside a paragraph", () => {
    expect(texts("Iran will likely sustain\nlow-level attacks on US\nforces. Next.")).toEqual([
      "Iran will likely sustain low-level attacks on US forces.",
      "Next.",
    ]);
  });

  test("rejoins a sentence broken across a blank line, as text copied from a PDF often is", () => {
    expect(texts("Iran would take a “wait and see”\n\napproach to the talks.")).toEqual([
      "Iran would take a “wait and see” approach to the talks.",
    ]);
    expect(texts("Iran acted.\n\nthe lower-case start alone is not enough")).toHaveLength(2);
  });

  test("drops a leading label and markdown emphasis", () => {
    expect(texts("Key Takeaway: *Iran likely ordered a pause. It will hold.*\n\n## Context\nIt is calm.")).toEqual([
      "Iran likely ordered a pause.",
      "It will hold.",
      "Context",
      "It is calm.",
    ]);
  });

  test("gives offsets into the input", () => {
    const input = "Title\n\nKey Takeaway: Iran acted.¹ It\nwill hold.";
    const [title, first, second] = splitSentences(input);
    expect(input.slice(title.start, title.end)).toBe("Title");
    expect(input.slice(first.start, first.end)).toBe("Iran acted.");
    expect(input.slice(second.start, second.end)).toBe("It\nwill hold.");
  });
});

describe("endnotes and links are not sentences", () => {
  test.each([
    "¹ <https://www.state.gov/joint-statement-on-the-u-s-iraq-strategic-dialogue-2/>",
    "² skynewsarabia.com/middle-east/1453835-",
    "[%D8%A7%D9%84](https://skynewsarabia.com/middle-east/1453835-%D8%A7)",
    "%D9%8A%D8%B3%D8%AA%D9%87%D8%AF%D9%81%D8%A7%D9%86-%D8%B1%D8%AA%D9%84%D8%A7-",
    "t dot me/sabreenS1/26872",
    "[Basnews dot com/ar/babat/704250](https://basnews.com/ar/babat/704250)",
    "<https://apnews.com/article/syria-iraq-middle-east-d28a8cf02234a8f6c2ff431118f27c51>",
    "[12] Iran may attack, according to a source that could not be named.",
    "⁴ Iran may attack, according to a source.",
  ])("%s", (line) => {
    expect(texts(`Iran will likely act.\n\n${line}`)).toEqual(["Iran will likely act."]);
  });

  test("everything under a Notes or References heading is left out", () => {
    expect(texts("Iran will likely act.\n\nNotes\n\n1. Iran may attack, a source said.\n\nReferences:\nSmith, J. It could happen.")).toEqual([
      "Iran will likely act.",
    ]);
  });

  test("a body sentence that merely contains a link stays", () => {
    expect(texts("Iran will likely act, as the statement at https://example.org/a says, before the vote in the autumn.")).toHaveLength(1);
  });
});

describe("offsetsInInput", () => {
  test.each([
    "Iran will likely attack,¹ but  its proxies may wait.²",
    "  Proxies [12] may\n\nexpand   attacks. Next.",
    "* Key Takeaway: Iran likely ordered its proxies to deescalate.³",
  ])("maps every character of the cleaned sentence back to the input: %j", (input) => {
    for (const sentence of splitSentences(input)) {
      const offsets = offsetsInInput(input, sentence);
      expect(offsets).toHaveLength(sentence.text.length);
      const back = offsets.map((o) => (/\s/.test(input[o]) ? " " : input[o])).join("");
      expect(back).toBe(sentence.text);
    }
  });
});
