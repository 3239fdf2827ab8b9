import "server-only";

/** The first row of a query, for look-ups by key: `await first(db.select()…)`. */
export async function first<T>(rows: PromiseLike<T[]>): Promise<T | null> {
  return (await rows)[0] ?? null;
}
