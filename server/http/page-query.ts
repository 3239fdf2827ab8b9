import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isAppError, type AppError } from "@/lib/errors";

/**
 * Runs a page's query. A bad filter (400, 422) becomes a message on the page instead of an error
 * page; a missing item or a refusal becomes the 404 or 403 page with its status.
 */
export async function runPageQuery<T>(query: () => Promise<T> | T): Promise<{ data: T | null; problem: string | null }> {
  try {
    return { data: await query(), problem: null };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const { status, message } = error as AppError;
    if (status === 404) notFound();
    if (status === 403) forbidden();
    return { data: null, problem: message };
  }
}
