import "server-only";
import { getSqlite } from "@/db/client";

/** True when the database opens and answers a query. */
export function checkDatabase(): boolean {
  try {
    return getSqlite().prepare("select 1 as ok").get() !== undefined;
  } catch (error) {
    console.error("health check failed", error);
    return false;
  }
}
