/**
 * Sentence splitting for analytic reports: abbreviations ("U.S.", "e.g.", "Dr."), ellipses
 * inside quotations, closing quotes and footnote markers after the full stop ("...2021.²"),
 * and a leading label such as "Key Takeaway:".
 */
import { splitBlocks } from "./blocks";

export interface Sentence {
  /** The sentence with footnote markers and edge emphasis removed and spaces collapsed. */
  text: string;
  /** Offsets of the sentence in the input, for highlighting. */
  start: number;
  end: number;
}

// One mark per repetition, never a run inside a repeated group, and a run of stops matched
// from its first stop only: otherwise pasted garbage (a long run of dots or superscripts)
// makes the regex backtrack for seconds.
const BRACKET_REF = String.raw`\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]`;
const SUPERSCRIPT = "[¹²³⁴⁵⁶⁷⁸⁹⁰]";
const BOUNDARY = new RegExp(String.raw`(?<![.!?…])[.!?…]+(?:["'”’)\]*_¹²³⁴⁵⁶⁷⁸⁹⁰]|${BRACKET_REF})*(?=\s|$)`, "g");
const NEXT_STARTS_SENTENCE = /^\s+[("'“‘[*_#]*[\p{Lu}\d]/u;
const ELLIPSIS = /^\.{2,}|…/;
const PRECEDING_TOKEN = /(\S+)$/;
const LABEL = /^[*_]*[\p{Lu}][\w'’-]*(?:\s+[\w'’-]+){0,3}:[*_]*\s+(?=[*_"“‘(]*[\p{Lu}\d])/u;
const FOOTNOTES_ANYWHERE = new RegExp(`${SUPERSCRIPT}+|${BRACKET_REF}`, "g");
const LEADING_NOISE = /^[\s*_#]*(?:[-•‣◦–—]|\d{1,2}[.)])\s+|^[\s*_#]+/;
const TRAILING_NOISE = new RegExp(String.raw`(?:[\s*_¹²³⁴⁵⁶⁷⁸⁹⁰]|${BRACKET_REF})+$`);

/**
 * Abbreviations that do not end a sentence even before a capital: titles before names,
 * months before days, "e.g." and "No." before whatever follows. "etc." or "Inc." may end one.
 */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt", "adm", "sen",
  "rep", "gov", "pres", "amb", "st", "mt", "no", "nos", "vol", "fig", "pp", "vs", "cf", "approx",
  "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

function isAbbreviation(token: string): boolean {
  const word = token.replace(/^[("'“‘[]+/, "").replace(/\.$/, "");
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Dotted initialisms ("U.S", "e.g", "i.e") and a single initial ("John F").
  return /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word);
}

function isBoundary(text: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  if (end < text.length && !NEXT_STARTS_SENTENCE.test(text.slice(end, end + 16))) return false;
  if (ELLIPSIS.test(match[0])) return false;
  if (!match[0].startsWith(".") || match[0].startsWith("..")) return true;
  const token = PRECEDING_TOKEN.exec(text.slice(Math.max(0, match.index - 20), match.index));
  return !token || !isAbbreviation(token[1]);
}

function clean(raw: string): string {
  return raw.replace(FOOTNOTES_ANYWHERE, "").replace(/\s+/g, " ").trim();
}

function sentenceAt(input: string, start: number, end: number): Sentence | null {
  const raw = input.slice(start, end);
  const lead = LEADING_NOISE.exec(raw)?.[0].length ?? 0;
  // Only the tail can hold trailing noise; testing the whole sentence against `...+$` would
  // cost time quadratic in its longest run of spaces.
  const trail = TRAILING_NOISE.exec(raw.slice(Math.max(lead, raw.length - 64)))?.[0].length ?? 0;
  const from = start + lead;
  const to = end - trail;
  const text = clean(input.slice(from, to));
  return /\p{L}/u.test(text) ? { text, start: from, end: to } : null;
}

function splitBlock(input: string, blockStart: number, blockEnd: number): Sentence[] {
  const block = input.slice(blockStart, blockEnd);
  const label = LABEL.exec(block)?.[0].length ?? 0;
  const sentences: Sentence[] = [];
  let start = label;
  for (const match of block.matchAll(BOUNDARY)) {
    if (match.index < start || !isBoundary(block, match)) continue;
    const end = match.index + match[0].length;
    const sentence = sentenceAt(input, blockStart + start, blockStart + end);
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = sentenceAt(input, blockStart + start, blockEnd);
  if (rest) sentences.push(rest);
  return sentences;
}

export function splitSentences(input: string): Sentence[] {
  return splitBlocks(input).flatMap((block) => splitBlock(input, block.start, block.end));
}

/**
 * For each character of `sentence.text`, its offset in `input`: the text drops footnote markers
 * and collapses spaces, so a clause cut from it needs this map to be highlighted in the report.
 */
export function offsetsInInput(input: string, sentence: Sentence): number[] {
  const raw = input.slice(sentence.start, sentence.end);
  const dropped = new Uint8Array(raw.length);
  for (const m of raw.matchAll(FOOTNOTES_ANYWHERE)) dropped.fill(1, m.index, m.index + m[0].length);
  const offsets: number[] = [];
  let afterSpace = true; // also drops leading spaces, as trim() does
  for (let i = 0; i < raw.length; i++) {
    if (dropped[i]) continue;
    const space = /\s/.test(raw[i]);
    if (space && afterSpace) continue;
    offsets.push(sentence.start + i);
    afterSpace = space;
  }
  if (afterSpace && offsets.length > 0) offsets.pop();
  return offsets;
}
