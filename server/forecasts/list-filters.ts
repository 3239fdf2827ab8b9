import "server-only";
import { getDb } from "@/db/client";
import { allTags } from "@/db/queries/forecasts";

/** The tags the forecast list's filter offers, with the counts the database keeps up to date. */
export async function forecastFilterChoices() {
  return { tags: await allTags(getDb()) };
}
