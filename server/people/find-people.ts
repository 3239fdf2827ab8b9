import "server-only";
import { getDb } from "@/db/client";
import { peopleMatching } from "@/db/queries/authors";
import { canRead, type Actor } from "@/lib/auth/policy";
import { Forbidden } from "@/lib/errors";

const SUGGESTIONS = 10;

/**
 * Names for the author type-ahead: anyone who may read forecasts sees who wrote them, so names
 * (never emails) are what this gives.
 */
export async function findPeople(actor: Actor, text: string): Promise<{ items: { id: string; name: string }[] }> {
  if (!canRead(actor)) throw new Forbidden();
  return { items: await peopleMatching(getDb(), text, SUGGESTIONS) };
}
