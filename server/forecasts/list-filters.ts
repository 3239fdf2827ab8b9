import "server-only";
import { getDb } from "@/db/client";
import { allTags, authorsWithForecasts } from "@/db/queries/forecasts";

/** The choices the forecast list's filters offer. */
export async function forecastFilterChoices() {
  const db = getDb();
  return { tags: await allTags(db), authors: await authorsWithForecasts(db) };
}
