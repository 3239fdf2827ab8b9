import "server-only";
import { and, eq } from "drizzle-orm";
import type { Conn } from "../client";
import { prediction } from "../schema";
import { first } from "./first";
import { readSetting, writeSetting } from "./settings";

const KEY = "independent_first_forecast";

/** On unless an admin switched it off. */
export async function readIndependenceRule(db: Conn): Promise<boolean> {
  return (await readSetting(db, KEY)) !== "off";
}

export async function writeIndependenceRule(db: Conn, on: boolean): Promise<void> {
  await writeSetting(db, KEY, on ? "on" : "off");
}

export async function hasPredictedOn(db: Conn, analystId: string, forecastId: string): Promise<boolean> {
  const row = await first(
    db.select({ id: prediction.id }).from(prediction).where(and(eq(prediction.forecastId, forecastId), eq(prediction.analystId, analystId))).limit(1),
  );
  return row !== null;
}
