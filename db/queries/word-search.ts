import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { engine } from "../client";
import { eventRecord, forecast } from "../schema";

/**
 * Search by words, on an index: SQLite's FTS5 tables `forecast_search` / `event_search` and
 * PostgreSQL's GIN indexes on `to_tsvector('simple', …)` (migration 0003 / 0002). Both split text
 * into runs of letters and digits, lower-case them and keep accents, and every word of the query
 * must start a word of the text ("erbil dro" finds "Drone attack on Erbil airport"), so the two
 * engines find the same rows.
 */

const MAX_WORDS = 12;

/** The query's words as the indexes split text; only letters and digits, so nothing can inject syntax. */
export function searchWords(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

const ftsQuery = (words: string[]) => words.map((word) => `"${word}"*`).join(" AND ");
const tsQuery = (words: string[]) => words.map((word) => `${word}:*`).join(" & ");

/** Forecasts whose title or statement holds every word. */
export function forecastMatches(words: string[]): SQL {
  if (engine() === "pg") {
    return sql`to_tsvector('simple', ${forecast.title} || ' ' || ${forecast.statement}) @@ to_tsquery('simple', ${tsQuery(words)})`;
  }
  return sql`${forecast.id} in (select forecast_id from forecast_search where forecast_search match ${ftsQuery(words)})`;
}

/** 1 when the title alone holds every word, else 0: the first key of a search's order, the same on both engines. */
export function forecastTitleHit(words: string[]): SQL<number> {
  if (engine() === "pg") {
    return sql<number>`(case when to_tsvector('simple', ${forecast.title}) @@ to_tsquery('simple', ${tsQuery(words)}) then 1 else 0 end)`;
  }
  return sql<number>`(case when ${forecast.id} in (select forecast_id from forecast_search where forecast_search match ${`title : (${ftsQuery(words)})`}) then 1 else 0 end)`;
}

/** Events whose title or description holds every word. */
export function eventMatches(words: string[]): SQL {
  if (engine() === "pg") {
    return sql`to_tsvector('simple', ${eventRecord.title} || ' ' || ${eventRecord.description}) @@ to_tsquery('simple', ${tsQuery(words)})`;
  }
  return sql`${eventRecord.id} in (select event_id from event_search where event_search match ${ftsQuery(words)})`;
}
