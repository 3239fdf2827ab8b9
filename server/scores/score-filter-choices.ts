import "server-only";
import { getDb } from "@/db/client";
import { reportTitles, scoredAnalysts } from "@/db/queries/score-record";
import { listTeams } from "@/db/queries/users";
import { canRead, canReadAllScores, type Actor } from "@/lib/auth/policy";
import type { ScoreFilterChoices } from "@/lib/dto/scores";
import { Forbidden } from "@/lib/errors";

/** What the scores page's filters offer this reader: the analyst choice only to those who may read everyone's. */
export async function scoreFilterChoices(actor: Actor): Promise<ScoreFilterChoices> {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const [analysts, teams, reports] = await Promise.all([canReadAllScores(actor) ? scoredAnalysts(db) : null, listTeams(db), reportTitles(db)]);
  return { analysts, teams, reports };
}
