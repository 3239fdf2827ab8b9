/** A page's search params without the empty ones, ready for `new URLSearchParams`. */
export function definedParams(search: Record<string, string | undefined>, overrides: Record<string, string | undefined> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries({ ...search, ...overrides }).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/**
 * A key for a GET filter form: a link that changes the page's search params (a tag link, "Older")
 * keeps the page mounted, and fields that hold what was typed would go on showing the old
 * filter; a new key starts the form afresh from the URL.
 */
export function filterFormKey(search: Record<string, string | undefined>): string {
  return new URLSearchParams(definedParams(search)).toString();
}
