import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { setting } from "../schema";

export function readSetting(key: string): string | null {
  const row = getDb().select().from(setting).where(eq(setting.key, key)).get();
  return row?.value ?? null;
}

export function writeSetting(key: string, value: string): void {
  getDb().insert(setting).values({ key, value }).onConflictDoUpdate({ target: setting.key, set: { value } }).run();
}
