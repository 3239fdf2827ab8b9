import "server-only";
import { databaseAnswers } from "@/db/queries/health";

/** True when the database opens and answers a query. */
export function checkDatabase(): boolean {
  try {
    return databaseAnswers();
  } catch (error) {
    console.error("health check failed", error);
    return false;
  }
}
