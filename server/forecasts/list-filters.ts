import "server-only";
import { getDb } from "@/db/client";
import { allTags, authorsWithForecasts } from "@/db/queries/forecasts";

/** The choices the forecast list's filters offer. */
export function forecastFilterChoices() {
  const db = getDb();
  return { tags: allTags(db), authors: authorsWithForecasts(db) };
}
