import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/** `%text%` with LIKE's wildcards escaped, lower-cased for `containsText`. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Case-insensitive substring match that answers the same on both engines (SQLite's LIKE ignores
 * ASCII case, PostgreSQL's doesn't).
 */
export function containsText(column: AnyColumn, pattern: string): SQL {
  return sql`lower(${column}) like ${pattern} escape '\\'`;
}
