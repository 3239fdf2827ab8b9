import "server-only";
import { BadRequest } from "@/lib/errors";

const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const QUOTE = 34; // "
const BACKSLASH = 92; // \
const COMMA = 44; // ,
const CHARS_PER_STEP = 1_000_000;

/**
 * The import body, parsed without holding the event loop: `JSON.parse` of a 25 MB track record
 * takes about 200 ms in one go, during which the server answers nobody. So the text is scanned
 * once (a step at a time) for the items of its top-level `forecasts` array, and each item is
 * parsed on its own, with `pace()` between steps. Anything unusual (no such array, an item that
 * does not parse) falls back to one plain `JSON.parse` of the whole text, which gives the result
 * or the exact syntax error. Invalid JSON is a 400 (SPEC §6).
 */
export async function parseImportText(text: string, pace: () => Promise<void>): Promise<unknown> {
  if (text.trim() === "") throw new BadRequest("The import is empty: send a JSON object {\"forecasts\": [...]}.");
  const items = await findForecastItems(text, pace);
  if (!items) return parseWhole(text);
  try {
    const envelope = JSON.parse(text.slice(0, items.arrayStart + 1) + text.slice(items.arrayEnd)) as { forecasts: unknown[] };
    const forecasts: unknown[] = [];
    for (const [start, end] of items.bounds) {
      forecasts.push(JSON.parse(text.slice(start, end)));
      await pace();
    }
    envelope.forecasts = forecasts;
    return envelope;
  } catch {
    return parseWhole(text);
  }
}

function parseWhole(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRequest(`The import is not valid JSON (${(error as Error).message}).`);
  }
}

interface ForecastItems {
  /** Index of the array's "[" and of its "]". */
  arrayStart: number;
  arrayEnd: number;
  /** [start, end) of each item's text. */
  bounds: [number, number][];
}

/** Where each item of the top-level object's `forecasts` array starts and ends, or null when the text has no such array. */
async function findForecastItems(text: string, pace: () => Promise<void>): Promise<ForecastItems | null> {
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  let lastKey = "";
  let found: ForecastItems | null = null;
  let current: ForecastItems | null = null;
  let itemStart = -1;
  let afterComma = false;
  for (let i = 0; i < text.length; i++) {
    if (i % CHARS_PER_STEP === 0 && i > 0) await pace();
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart, i + 1);
      }
      continue;
    }
    if (c === QUOTE) {
      inString = true;
      stringStart = i;
      if (current && depth === 2 && itemStart < 0) itemStart = i;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 0 && c !== OPEN_BRACE) return null;
      if (depth === 1 && c === OPEN_BRACKET && lastKey === '"forecasts"') {
        current = { arrayStart: i, arrayEnd: -1, bounds: [] };
        afterComma = false;
      }
      else if (current && depth === 2 && itemStart < 0) itemStart = i;
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (current && depth === 1) {
        if (itemStart >= 0) current.bounds.push([itemStart, i]);
        else if (afterComma) return null; // "[1, ]": let JSON.parse say what is wrong
        current.arrayEnd = i;
        // A repeated key wins in JSON.parse, so the last `forecasts` array is the one kept.
        found = current;
        current = null;
        itemStart = -1;
      }
    } else if (current && depth === 2) {
      if (c === COMMA) {
        if (itemStart < 0) return null; // "[, 1]" or "[1,, 2]"
        current.bounds.push([itemStart, i]);
        itemStart = -1;
        afterComma = true;
      } else if (itemStart < 0 && c > 32) itemStart = i;
    }
  }
  return found;
}
