/**
 * Key-judgment extraction against hand labels: `npx tsx bench/extract-recall.ts`.
 *
 * Runs extraction over the assessments in bench/assessments (public-domain US Government texts,
 * plus one project-written PHIA-style text, each with its source and date at the top) and
 * compares with bench/assessments/labels.json, written by hand before extraction was run on them.
 * Prints, per file and in total:
 * - recall: labelled judgments (likelihood words, stated numbers, vague words, verbs and
 *   confidence statements) found in the main list;
 * - false hits: main-list entries no label asks for;
 * - probability agreement: found judgments whose probability (and range) match the label;
 * - horizons: found judgments whose horizons are exactly the labelled ones;
 * - the "stated without a likelihood" group, off the main count, on its own line.
 * Files listed in a "heldOutBatches" entry of labels.json were labelled by hand and committed
 * before extraction was first run on them; each batch prints its subtotal and, beside it, the
 * figures it scored on that first run ("firstRun"), which later fixes cannot improve. The tuning
 * set is every public-domain file in no batch; project-written files ("own-…", listed under
 * "projectWritten") are kept out of the figures for published texts. Batches of the project's
 * own texts (ICD 203 and PHIA styles, written and labelled before extraction saw them) also print
 * together as "held-out, project-written"; "project-written (tuning)" is the project's other texts.
 */
import fs from "node:fs";
import path from "node:path";
import { extractKeyJudgments, type Judgment, type ScaleId } from "../lib/estimative";

type Group = "estimate" | "needs-number" | "unhedged";

interface Label {
  quote: string;
  group: Group;
  probability: number | null;
  range?: [number, number];
  horizons: string[];
}

interface Tally {
  labelled: number;
  found: number;
  falseHits: string[];
  missed: string[];
  probabilityAgrees: number;
  probabilityDisagrees: string[];
  horizonsAgree: number;
  horizonsDisagree: string[];
  unhedgedLabelled: number;
  unhedgedFound: number;
  unhedgedExtra: number;
}

const dir = path.resolve(import.meta.dirname, "assessments");
interface HeldOutBatch {
  name: string;
  files: string[];
  /** The batch's figures on the first run after its labels were committed; null until then. */
  firstRun: string | null;
}

const labels = JSON.parse(fs.readFileSync(path.join(dir, "labels.json"), "utf8")) as { files: Record<string, Label[]>; heldOutBatches?: HeldOutBatch[] };

const norm = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
const isMain = (group: Group) => group !== "unhedged";
const groupOf = (j: Judgment): Group => j.group;

/** The body without its "# " header lines, and the date given in them. */
function readAssessment(file: string): { body: string; date: string } {
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const date = /^# Date: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
  if (!date) throw new Error(`${file}: no "# Date: YYYY-MM-DD" line`);
  return { body: text.split("\n").filter((line) => !line.startsWith("# ")).join("\n"), date };
}

function emptyTally(): Tally {
  return { labelled: 0, found: 0, falseHits: [], missed: [], probabilityAgrees: 0, probabilityDisagrees: [], horizonsAgree: 0, horizonsDisagree: [], unhedgedLabelled: 0, unhedgedFound: 0, unhedgedExtra: 0 };
}

function sameRange(j: Judgment, label: Label): boolean {
  if (!label.range) return j.range === null;
  return j.range !== null && j.range.low === label.range[0] && j.range.high === label.range[1];
}

function sameHorizons(j: Judgment, label: Label): boolean {
  const found = j.horizons.map((h) => norm(h.text));
  const wanted = label.horizons.map(norm);
  return found.length === wanted.length && wanted.every((w) => found.some((f) => f.includes(w) || w.includes(f)));
}

function score(file: string, scale: ScaleId): Tally {
  const { body, date } = readAssessment(file);
  const { judgments: main, unhedged } = extractKeyJudgments(body, date, scale);
  const judgments = [...main, ...unhedged];
  const tally = emptyTally();
  const used = new Set<Judgment>();
  for (const label of labels.files[file] ?? []) {
    const match = judgments.find((j) => !used.has(j) && norm(j.sentence).includes(norm(label.quote)));
    if (!isMain(label.group)) {
      tally.unhedgedLabelled++;
      if (match && groupOf(match) === "unhedged") {
        tally.unhedgedFound++;
        used.add(match);
      }
      continue;
    }
    tally.labelled++;
    if (!match || !isMain(groupOf(match))) {
      tally.missed.push(`${file}: ${label.quote}`);
      continue;
    }
    used.add(match);
    tally.found++;
    const sameGroup = groupOf(match) === label.group;
    if (sameGroup && match.probability === label.probability && sameRange(match, label)) tally.probabilityAgrees++;
    else tally.probabilityDisagrees.push(`${file}: ${label.quote} → ${match.probability}${match.range ? ` (${match.range.low}–${match.range.high})` : ""} [${groupOf(match)}], labelled ${label.probability} [${label.group}]`);
    if (sameHorizons(match, label)) tally.horizonsAgree++;
    else tally.horizonsDisagree.push(`${file}: ${label.quote} → [${match.horizons.map((h) => h.text).join(" | ")}], labelled [${label.horizons.join(" | ")}]`);
  }
  for (const j of judgments) {
    if (used.has(j)) continue;
    if (isMain(groupOf(j))) tally.falseHits.push(`${file}: ${j.sentence.slice(0, 90)}`);
    else tally.unhedgedExtra++;
  }
  return tally;
}

function add(a: Tally, b: Tally): Tally {
  return {
    labelled: a.labelled + b.labelled,
    found: a.found + b.found,
    falseHits: [...a.falseHits, ...b.falseHits],
    missed: [...a.missed, ...b.missed],
    probabilityAgrees: a.probabilityAgrees + b.probabilityAgrees,
    probabilityDisagrees: [...a.probabilityDisagrees, ...b.probabilityDisagrees],
    horizonsAgree: a.horizonsAgree + b.horizonsAgree,
    horizonsDisagree: [...a.horizonsDisagree, ...b.horizonsDisagree],
    unhedgedLabelled: a.unhedgedLabelled + b.unhedgedLabelled,
    unhedgedFound: a.unhedgedFound + b.unhedgedFound,
    unhedgedExtra: a.unhedgedExtra + b.unhedgedExtra,
  };
}

const pct = (n: number, of: number) => (of === 0 ? "–" : `${((100 * n) / of).toFixed(1)}%`);

function line(name: string, t: Tally): string {
  return `${name.padEnd(40)} recall ${t.found}/${t.labelled} (${pct(t.found, t.labelled)}) · false hits ${t.falseHits.length} · probability agrees ${t.probabilityAgrees}/${t.found} (${pct(t.probabilityAgrees, t.found)}) · horizons agree ${t.horizonsAgree}/${t.found} · without a likelihood ${t.unhedgedFound}/${t.unhedgedLabelled} (+${t.unhedgedExtra} unlabelled)`;
}

const files = Object.keys(labels.files);
const isOwn = (file: string) => file.startsWith("own-");

for (const scale of ["icd203", "phia"] as const) {
  console.log(`\nInstallation scale: ${scale === "icd203" ? "ICD 203" : "PHIA"}${scale === "phia" ? " (labels give ICD 203 probabilities: only recall and false hits compare)" : ""}`);
  const tallies = files.map((file) => [file, score(file, scale)] as const);
  for (const [file, tally] of tallies) console.log(line(file, tally));
  const sum = (keep: (file: string) => boolean) => tallies.filter(([f]) => keep(f)).reduce((total, [, t]) => add(total, t), emptyTally());
  const batches = labels.heldOutBatches ?? [];
  const isHeldOut = (file: string) => batches.some((batch) => batch.files.includes(file));
  const all = sum(() => true);
  console.log(line("tuning set (published)", sum((f) => !isOwn(f) && !isHeldOut(f))));
  for (const batch of batches) {
    console.log(line(batch.name, sum((f) => batch.files.includes(f))));
    if (scale === "icd203") console.log(`  first run: ${batch.firstRun ?? "not run yet"}`);
  }
  const ownHeldOut = batches.filter((batch) => batch.files.every(isOwn));
  console.log(line("held-out, project-written", sum((f) => ownHeldOut.some((batch) => batch.files.includes(f)))));
  console.log(line("published, all", sum((f) => !isOwn(f))));
  console.log(line("project-written (tuning)", sum((f) => isOwn(f) && !isHeldOut(f))));
  console.log(line("all", all));
  if (scale === "icd203") {
    for (const m of all.missed) console.log(`  missed: ${m}`);
    for (const f of all.falseHits) console.log(`  false hit: ${f}`);
    for (const d of all.probabilityDisagrees) console.log(`  probability: ${d}`);
    for (const d of all.horizonsDisagree) console.log(`  horizons: ${d}`);
  }
}
