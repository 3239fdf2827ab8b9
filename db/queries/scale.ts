import "server-only";
import type { ScaleId } from "@/lib/estimative";
import { readSetting, writeSetting } from "./settings";

const KEY = "estimative_scale";

export function readScale(): ScaleId {
  return readSetting(KEY) === "phia" ? "phia" : "icd203";
}

export function writeScale(scale: ScaleId): void {
  writeSetting(KEY, scale);
}
