import "server-only";
import { eq } from "drizzle-orm";
import { getDb, withTransaction } from "@/db/client";
import { resolution } from "@/db/schema";
import { storeScores } from "../scoring/store-scores";

const FORECASTS_PER_TRANSACTION = 100;

/**
 * `scores:rescore`: stores afresh what every resolved forecast's resolution stores (scores,
 * statements, everyone's and each team's median, and their tallies), a hundred forecasts per
 * transaction so a running app keeps answering. For a database upgraded from before teams'
 * medians were stored; running it again changes nothing. Returns how many forecasts it scored.
 */
export async function rescoreAll(progress: (done: number, total: number) => void = () => {}): Promise<number> {
  const ids = (await getDb().select({ id: resolution.forecastId }).from(resolution).where(eq(resolution.annulled, false))).map((r) => r.id);
  for (let start = 0; start < ids.length; start += FORECASTS_PER_TRANSACTION) {
    // storeScores, as a resolution does (scenarios added by a new version included), forecast by forecast.
    await withTransaction(async (tx) => {
      for (const id of ids.slice(start, start + FORECASTS_PER_TRANSACTION)) await storeScores(tx, id);
    });
    progress(Math.min(ids.length, start + FORECASTS_PER_TRANSACTION), ids.length);
  }
  return ids.length;
}
