/**
 * Cuts a pasted report into blocks of running text (paragraphs, headings, list items), with
 * their offsets in the input, and leaves out what is not body text: lines that are mostly a
 * link, endnote lines, and everything under a "Notes" / "References" heading.
 */

export interface Block {
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

type LineKind = "blank" | "skip" | "heading" | "item" | "text";

const FOOTNOTE_START = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])/;
const NOTES_HEADING = /^\s*[#*_]*\s*(?:end\s*notes|notes|footnotes|references|sources|bibliography|citations|works\s+cited)\s*:?\s*[*_]*\s*$/i;
const MARKDOWN_HEADING = /^\s*#{1,6}\s/;
const LIST_ITEM = /^\s*(?:[-*•‣◦–—]|\d{1,2}[.)]|[a-z][.)])\s+/;
const LINK_TOKEN = /https?:\/\/|www\.|%[0-9A-Fa-f]{2}|\]\(|^<|\.(?:com|org|net|gov|edu|int|mil|io|ir|uk)\b|\w\/\w/;
const ENDS_SENTENCE_OR_CLAUSE = /[.!?:;,]$/;
const TRAILING_MARKS = /[\s"'”’)\]*_¹²³⁴⁵⁶⁷⁸⁹⁰]+$/;
const DANGLING_WORD = /\b(?:a|an|the|and|or|of|to|in|on|at|for|by|with|from|that)$/;

function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= input.length) {
    const newline = input.indexOf("\n", start);
    const end = newline === -1 ? input.length : newline;
    lines.push({ start, end, text: input.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** A line that is mostly link text and has hardly any words: a reference, not a sentence. */
function isMostlyLink(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  let linkChars = 0;
  let allChars = 0;
  let words = 0;
  for (const token of tokens) {
    allChars += token.length;
    if (LINK_TOKEN.test(token)) linkChars += token.length;
    else words++;
  }
  return linkChars * 2 >= allChars && words <= 5;
}

/** A short, unpunctuated first line followed by a capitalised one: a title or section heading. */
function isHeading(line: Line, previous: LineKind | null, next: Line | undefined): boolean {
  if (MARKDOWN_HEADING.test(line.text)) return true;
  const text = line.text.trim();
  if (previous !== null && previous !== "blank" && previous !== "skip") return false;
  if (text.length > 60 || !next || !/^\s*[\p{Lu}"“]/u.test(next.text)) return false;
  return !ENDS_SENTENCE_OR_CLAUSE.test(text) && !DANGLING_WORD.test(text);
}

function classifyLines(lines: Line[]): LineKind[] {
  const kinds: LineKind[] = [];
  let inNotes = false;
  lines.forEach((line, i) => {
    const previous = i > 0 ? kinds[i - 1] : null;
    let kind: LineKind;
    if (line.text.trim() === "") kind = "blank";
    else if (inNotes || FOOTNOTE_START.test(line.text) || isMostlyLink(line.text)) kind = "skip";
    else if (NOTES_HEADING.test(line.text)) {
      inNotes = true;
      kind = "skip";
    } else if (isHeading(line, previous, lines[i + 1])) kind = "heading";
    else if (LIST_ITEM.test(line.text)) kind = "item";
    else kind = "text";
    kinds.push(kind);
  });
  return kinds;
}

/**
 * A paragraph that stops mid-sentence and a next one that starts in lower case are one
 * sentence broken by a page or column break (common in text copied from a PDF).
 */
function continues(input: string, previous: Block, next: Block): boolean {
  // The last few characters are enough, and keep `...+$` from scanning a whole paragraph.
  const tail = input.slice(Math.max(previous.start, previous.end - 64), previous.end).replace(TRAILING_MARKS, "");
  if (ENDS_SENTENCE_OR_CLAUSE.test(tail) && !tail.endsWith(",")) return false;
  return /^\s*\p{Ll}/u.test(input.slice(next.start, next.end));
}

export function splitBlocks(input: string): Block[] {
  const lines = splitLines(input);
  const kinds = classifyLines(lines);
  const blocks: Block[] = [];
  let lastKind: LineKind | null = null; // kind of the last non-blank line
  let afterBlank = false;
  lines.forEach((line, i) => {
    const kind = kinds[i];
    if (kind === "blank") {
      afterBlank = true;
      return;
    }
    if (kind !== "skip") {
      const last = blocks[blocks.length - 1];
      const lastOpen = last !== undefined && (lastKind === "text" || lastKind === "item");
      if (lastOpen && kind === "text" && (!afterBlank || continues(input, last, line))) last.end = line.end;
      else blocks.push({ start: line.start, end: line.end });
    }
    lastKind = kind;
    afterBlank = false;
  });
  return blocks;
}
