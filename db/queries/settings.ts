import "server-only";
import { eq } from "drizzle-orm";
import type { Conn } from "../client";
import { setting } from "../schema";
import { first } from "./first";

export async function readSetting(db: Conn, key: string): Promise<string | null> {
  return (await first(db.select().from(setting).where(eq(setting.key, key)).limit(1)))?.value ?? null;
}

export async function writeSetting(db: Conn, key: string, value: string): Promise<void> {
  await db.insert(setting).values({ key, value }).onConflictDoUpdate({ target: setting.key, set: { value } });
}

export async function deleteSetting(db: Conn, key: string): Promise<void> {
  await db.delete(setting).where(eq(setting.key, key));
}

/** Writes the value only if the key has none yet, and returns whichever value is stored. */
export async function writeSettingOnce(db: Conn, key: string, value: string): Promise<string> {
  await db.insert(setting).values({ key, value }).onConflictDoNothing({ target: setting.key });
  return (await readSetting(db, key)) ?? value;
}
