import "server-only";
import type { ScaleId } from "@/lib/estimative";
import type { Conn } from "../client";
import { readSetting, writeSetting } from "./settings";

const KEY = "estimative_scale";

export async function readScale(db: Conn): Promise<ScaleId> {
  return (await readSetting(db, KEY)) === "phia" ? "phia" : "icd203";
}

export async function writeScale(db: Conn, scale: ScaleId): Promise<void> {
  await writeSetting(db, KEY, scale);
}
