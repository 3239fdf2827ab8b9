import { getTableName, isTable, type Table } from "drizzle-orm";
import { getDb } from "@/db/client";
import * as schema from "@/db/schema";

/**
 * Every row of every table, sorted, for "a refused request changes nothing": compare a dump taken
 * before with one taken after. A token's "last used" minute is bookkeeping of who knocked, not a
 * change the request made, so it is left out.
 */
export async function dumpDatabase(): Promise<Record<string, string[]>> {
  const db = getDb();
  const dump: Record<string, string[]> = {};
  for (const table of (Object.values(schema) as unknown[]).filter((value): value is Table => isTable(value))) {
    const rows = (await db.select().from(table as never)) as Record<string, unknown>[];
    const name = getTableName(table);
    dump[name] = rows.map((row) => JSON.stringify(name === "api_token" ? { ...row, lastUsedAt: undefined } : row)).sort();
  }
  return dump;
}
