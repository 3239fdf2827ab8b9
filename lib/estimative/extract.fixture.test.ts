/**
 * Extraction on the example report of SPEC §3. The expected list was written by reading the
 * report: every body sentence with "likely", "unlikely", "may" or "could", and no endnote.
 * Only the first 60 characters of each sentence are kept here: the project does not carry
 * the report's text.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { extractJudgments, type Judgment } from "./extract";
import { forecastTitle, TITLE_MAX } from "./titles";

const reportPath = path.resolve(__dirname, "../../../shared/example-report.txt");

interface Row {
  prefix: string;
  terms: string[];
  probability: number | null;
  vague: boolean;
  comparative: string[];
  horizons: [string, string | null][];
}

type Horizons = Row["horizons"];
const likely = (prefix: string, terms = ["likely"], horizons: Horizons = []): Row => ({ prefix, terms, probability: 67.5, vague: false, comparative: [], horizons });
const unlikely = (prefix: string): Row => ({ prefix, terms: ["unlikely"], probability: 32.5, vague: false, comparative: [], horizons: [] });
const vague = (prefix: string, terms: string[], horizons: Horizons = [], comparative: string[] = []): Row => ({ prefix, terms, probability: null, vague: true, comparative, horizons });

const EXPECTED: Row[] = [
  likely("Iran likely ordered its Iraqi proxies to sustain low-level, ", ["likely"], [
    ["until after the October 2021 parliamentary elections", "2021-10-31"],
    ["toward the end of 2021", "2021-12-31"],
  ]),
  vague("Proxies may continue larger-scale attacks on US forces in Sy", ["may"], [["before October", "2021-09-30"]]),
  likely("Iran and its Iraqi proxies have likely agreed to limit major", ["likely"], [["until the end of 2021", "2021-12-31"]]),
  likely("The proxies will likely obey Ghaani's orders."),
  likely("Iran and its proxies will likely sustain low-level harassing", ["likely"], [["for the remainder of 2021", "2021-12-31"]]),
  likely("Ghaani likely ordered Abu Fadak to re-up harassing attacks w", ["likely", "could"]),
  likely("Likely Kata'ib Hezbollah-affiliated militants claimed six IE"),
  likely("Likely Iranian proxies also fired two rockets at the US Emba"),
  unlikely("These operations indicate that Ghaani greenlit continuing IE"),
  likely("Iran's proxies likely intend these harassing attacks to remi", ["likely", "could"]),
  likely("Iran and its proxies are likely setting political conditions", ["likely"], [["around the end of 2021", "2021-12-31"]]),
  likely("Ghaani met with Badr Organization Secretary General Hadi al-", ["likely"], [["October 2021 elections", "2021-10-31"]]),
  likely("Ameri will likely focus on that committee and legitimate pol"),
  vague("Ghaani may intend such a committee to provide a thin veneer ", ["may"]),
  likely("The committee will likely announce its determination that US", ["likely"], [
    ["between the October 10 elections and December 31", "2021-12-31"],
  ]),
  vague("The next Iraqi prime minister could also unilaterally order ", ["could"]),
  unlikely("That scenario remains unlikely but dangerous to US interests"),
  likely("Some of that saber-rattling is likely an attempt to appease "),
  {
    prefix: "However, the groups most upset with the Dialogue's outcome a",
    terms: ["more likely"],
    probability: null,
    vague: false,
    comparative: ["more likely"],
    horizons: [],
  },
  vague("Iran and its proxies may continue attacks against US forces ", ["may"]),
  likely("Iran's proxies conducted at least three rocket and drone att"),
  vague("Those attacks may continue even as proxy groups de-escalate ", ["may", "less likely"], [], ["less likely"]),
  vague("Iran's proxies may attempt to inflict US casualties in Syria", ["may"]),
  vague("Proxy groups may be developing new surface-to-air capabiliti", ["may"]),
  vague("The Iraqi Resistance Coordination Commission emphasized that", ["may"]),
  vague("Iran and its proxies may also target US bases outside of Ira", ["may"], [["in the coming months", null]]),
  vague("A Kata'ib Hezbollah spokesperson emphasized on July 27 that ", ["could"]),
  likely("Kata'ib Hezbollah has long-range drone capabilities that cou", ["could", "likely"]),
  vague("Iranian and proxy rhetoric could portend a push to expel US ", ["could"]),
  vague("Iran and its proxies may resume larger-scale attacks in Iraq", ["may"]),
  vague("Iran and its proxies are managing a regional conflict with I", ["could"], [["through the end of the year", "2021-12-31"]]),
  likely("Iran is likely attempting to compartmentalize its escalation"),
  vague("Israeli airstrikes inside Iraq or covert Israeli attacks ins", ["could"], [["before the end of 2021", "2021-12-31"]]),
  vague("Any attacks that also target US forces or facilities could d", ["could"]),
  vague("Iran may also reconsider its decision to limit attacks in Ir", ["may"], [["through the end of the year", "2021-12-31"]]),
  unlikely("That scenario remains unlikely."),
  vague("Iran's new president, hardliner Ebrahim Raisi, and its supre", ["could"]),
  vague("In either of these scenarios, Iran could order its proxies t", ["could"], [["before the end of the year", "2021-12-31"]]),
];

const asRow = (j: Judgment): Row => ({
  prefix: j.sentence.slice(0, 60),
  terms: j.terms,
  probability: j.probability,
  vague: j.vague,
  comparative: j.comparative,
  horizons: j.horizons.map((h): [string, string | null] => [h.text, h.date]),
});

describe.skipIf(!fs.existsSync(reportPath))("example report", () => {
  const text = fs.existsSync(reportPath) ? fs.readFileSync(reportPath, "utf8") : "";

  test("lists exactly the expected judgments, in reading order", () => {
    expect(extractJudgments(text, "2021-08-10").map(asRow)).toEqual(EXPECTED);
  });

  test("lists every body sentence with likely, unlikely, may or could, and no endnote or link", () => {
    const judgments = extractJudgments(text, "2021-08-10");
    expect(judgments).toHaveLength(38);
    for (const j of judgments) {
      expect(j.sentence).toMatch(/\b(?:likely|unlikely|may|could)\b/i);
      expect(j.sentence).not.toMatch(/https?:|%[0-9A-F]{2}|\bdot com\b|[¹²³⁴⁵⁶⁷⁸⁹⁰]/);
    }
    const endnotes = text.indexOf("¹ <https://");
    expect(judgments.every((j) => j.end < endnotes)).toBe(true);
  });

  test("offsets point at each sentence in the report", () => {
    for (const j of extractJudgments(text)) {
      const slice = text.slice(j.start, j.end).replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, "").replace(/\s+/g, " ");
      expect(slice).toBe(j.sentence);
    }
  });

  test("without a publication date, absolute horizons keep their date and relative ones lose it", () => {
    const dated = new Map(
      extractJudgments(text, "2021-08-10").flatMap((j) => j.horizons.map((h): [string, string | null] => [h.text, h.date])),
    );
    const undated = extractJudgments(text).flatMap((j) => j.horizons);
    for (const h of undated) if (h.date !== null && dated.has(h.text)) expect(h.date).toBe(dated.get(h.text));
    expect(undated.filter((h) => h.date !== null)).toEqual([
      { text: "until after the October 2021 parliamentary elections", date: "2021-10-31" },
      { text: "toward the end of 2021", date: "2021-12-31" },
      { text: "until the end of 2021", date: "2021-12-31" },
      { text: "for the remainder of 2021", date: "2021-12-31" },
      { text: "around the end of 2021", date: "2021-12-31" },
      { text: "October 2021 elections", date: "2021-10-31" },
      // A past range, listed only because nothing says it is past.
      { text: "between June 28 and July 10, 2021", date: "2021-07-10" },
      { text: "before the end of 2021", date: "2021-12-31" },
    ]);
    // Year-less dates of past events ("on July 27") cannot be told from future ones without
    // a publication date, so they are listed, undated.
    expect(undated.find((h) => h.text === "before October")?.date).toBeNull();
  });

  test("every judgment's pre-filled forecast title is a short clause, not a cut-off sentence", () => {
    const titles = extractJudgments(text, "2021-08-10").map((j) => forecastTitle(j.sentence, j.fullSentence));
    for (const title of titles) {
      expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
      expect(title.length).toBeGreaterThan(15);
      expect(title).toMatch(/^[A-Z]/);
      expect(title).not.toMatch(/…|\.\.\.|[\s,;:(-]$/);
      expect(title).not.toMatch(/\b(?:the|a|an|of|to|and|until|that|likely|end)$/i);
      expect(title).not.toMatch(/^(?:we assess|however|in either)/i);
    }
    expect(titles).toContain("Iran ordered its Iraqi proxies to sustain low-level, harassing attacks on US forces in Iraq");
    expect(titles).toContain("Iran and its proxies sustain low-level harassing attacks on US forces for the remainder of 2021");
  });
});
