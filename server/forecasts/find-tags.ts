import "server-only";
import { getDb } from "@/db/client";
import { tagsStartingWith } from "@/db/queries/forecasts";
import { canRead, type Actor } from "@/lib/auth/policy";
import { Forbidden } from "@/lib/errors";

const MAX_TAGS = 50;

/** Tags starting with the text (all of them when empty), the most used first, with their counts. */
export async function findTags(actor: Actor, prefix: string, limit = 10): Promise<{ items: { tag: string; forecasts: number }[] }> {
  if (!canRead(actor)) throw new Forbidden();
  return { items: await tagsStartingWith(getDb(), prefix, Math.min(limit, MAX_TAGS)) };
}
