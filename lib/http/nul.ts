/**
 * Whether a value holds a NUL character in any string or key. No field takes one, and PostgreSQL
 * refuses NUL in text outright ("invalid byte sequence"), so it is turned away at the door,
 * alike on both engines, instead of failing deep inside a query.
 */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === "string") {
      if (next.includes("\u0000")) return true;
    } else if (Array.isArray(next)) {
      pending.push(...next);
    } else if (next !== null && typeof next === "object") {
      for (const [key, inner] of Object.entries(next)) {
        if (key.includes("\u0000")) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}
