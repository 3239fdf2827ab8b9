/** A page's search params without the empty ones, ready for `new URLSearchParams`. */
export function definedParams(search: Record<string, string | undefined>, overrides: Record<string, string | undefined> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries({ ...search, ...overrides }).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
