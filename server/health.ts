import "server-only";
import { getDb } from "@/db/client";
import { databaseAnswers } from "@/db/queries/health";

/** True when the database opens and answers a query. */
export async function checkDatabase(): Promise<boolean> {
  try {
    return await databaseAnswers(getDb());
  } catch (error) {
    console.error("health check failed", error);
    return false;
  }
}
