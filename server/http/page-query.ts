import "server-only";
import { isAppError } from "@/lib/errors";

/** Runs a list page's query; a bad filter becomes a message on the page instead of an error page. */
export async function runPageQuery<T>(query: () => Promise<T> | T): Promise<{ data: T | null; problem: string | null }> {
  try {
    return { data: await query(), problem: null };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { data: null, problem: (error as Error).message };
  }
}
