/**
 * Where a value holds a NUL character, in a string or a key, as dotted field paths ("" for the value
 * itself). No field takes one, and PostgreSQL refuses NUL in text outright ("invalid byte
 * sequence"), so it is turned away at the door, alike on both engines, instead of failing deep
 * inside a query. At most `limit` paths.
 */
export function fieldsWithNul(value: unknown, limit = 20): string[] {
  const found: string[] = [];
  const pending: [string, unknown][] = [["", value]];
  while (pending.length > 0 && found.length < limit) {
    const [field, next] = pending.pop()!;
    const at = (key: string | number) => (field === "" ? String(key) : `${field}.${key}`);
    if (typeof next === "string") {
      if (next.includes("\u0000")) found.push(field);
    } else if (Array.isArray(next)) {
      next.forEach((inner, index) => pending.push([at(index), inner]));
    } else if (next !== null && typeof next === "object") {
      for (const [key, inner] of Object.entries(next)) {
        if (key.includes("\u0000")) found.push(at(key.replaceAll("\u0000", "\\u0000")));
        else pending.push([at(key), inner]);
      }
    }
  }
  return found;
}

export function containsNul(value: unknown): boolean {
  return fieldsWithNul(value, 1).length > 0;
}
