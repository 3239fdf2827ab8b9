import { splitSentences } from "../lib/estimative/sentences";
import { findStatedProbabilities } from "../lib/estimative/stated-numbers";
import { findVagueTerms } from "../lib/estimative/vague";
import { findEstimativeTerms } from "../lib/estimative/terms";
import { findHorizons } from "../lib/estimative/horizons";
import { PERIOD_RULES } from "../lib/estimative/period-rules";
import { HORIZON_RULES } from "../lib/estimative/horizon-rules";
import { findDates } from "../lib/estimative/chrono-dates";
import { readFileSync } from "node:fs";
const src = readFileSync("bench/extract.ts", "utf8");
const ACTORS = ["Iran", "The militia", "Russia", "The government", "Hezbollah", "The U.S. Embassy", "Dr. Khan's faction"];
const MONTHS = ["January", "March", "May", "July", "October", "December"];
const TEMPLATES: ((actor: string, month: string, year: number, n: number) => string)[] = [
  (a, m, y) => `${a} will likely sustain low-level attacks until after the ${m} ${y} parliamentary elections.`,
  (a, _m, y) => `${a} is very unlikely to withdraw its forces toward the end of ${y}.¹`,
  (a) => `${a} may expand its campaign in the coming months, e.g. against bases in the region.`,
  (a, m) => `${a} could resume larger-scale attacks before ${m}, although that remains improbable.`,
  (a, _m, _y, n) => `${a} met with ${n} representatives in Baghdad and discussed the "national achievement."²`,
  (a, _m, y) => `${a} is almost certainly preparing a new offensive by mid-${y + 1}.`,
  (a) => `However, ${a.toLowerCase()} is more likely to conduct attacks outside Iraqi territory.`,
  (a, _m, _y, n) => `${a} fired ${n} rockets at the airport, an increase compared to recent months.`,
  (a) => `There is a roughly even chance that ${a.toLowerCase()} will reach a deal within six months.`,
  (a) => `${a} is not likely to accept the terms; a settlement cannot be ruled out next year.`,
  (a, m, y, n) => `Between the ${m} ${n % 28 + 1} vote and December 31, ${y}, ${a.toLowerCase()} will probably stay quiet.`,
  (a) => `${a} reportedly ordered its units to deescalate, according to officials.`,
];

function buildReport(targetWords: number): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (let p = 0; words < targetWords; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 6; s++) {
      const i = p * 6 + s;
      const sentence = TEMPLATES[i % TEMPLATES.length](ACTORS[i % ACTORS.length], MONTHS[i % MONTHS.length], 2021 + (i % 4), 3 + (i % 17));
      sentences.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(" "));
  }
  const notes = Array.from({ length: 40 }, (_, i) => `${"¹²³⁴⁵⁶⁷⁸⁹"[i % 9]} <https://www.example.org/briefs/${i}/report-${i}>`);
  return [...paragraphs, ...notes].join("\n\n");
}

const report = buildReport(50_000);
const pub = { year: 2021, month: 8, day: 10 };
const sentences = splitSentences(report).map((s) => s.text);
function time(name: string, fn: (s: string) => unknown) {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) { const t0 = performance.now(); for (const s of sentences) fn(s); runs.push(performance.now() - t0); }
  runs.sort((a, b) => a - b); console.log(name.padEnd(12), runs[2].toFixed(1));
}
time("split", () => 0); 
{ const runs: number[] = []; for (let r = 0; r < 5; r++) { const t0 = performance.now(); splitSentences(report); runs.push(performance.now() - t0); } runs.sort((a,b)=>a-b); console.log("splitSent", runs[2].toFixed(1)); }
time("numbers", findStatedProbabilities);
time("vague", findVagueTerms);
time("terms", findEstimativeTerms);
time("horizons", (s) => findHorizons(s, pub));
time("chrono", (s) => findDates(s, pub));
for (const [i, r] of PERIOD_RULES.entries()) time("period" + i, (s) => [...s.matchAll(r.pattern)]);
for (const [i, r] of HORIZON_RULES.entries()) time("rule" + i, (s) => [...s.matchAll(r.pattern)]);
