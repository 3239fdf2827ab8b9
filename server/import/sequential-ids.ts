import "server-only";

/**
 * Ids for the rows of one import, in ascending order (the layout of a UUIDv7: the time, then a
 * tag drawn once per import, then a counter). Random UUIDs would land all over every index they
 * are part of — a prediction's key, its forecast's index, its probabilities' keys — and on SQLite
 * each insert would then touch a page of its own; ascending ids append to the end of each index,
 * which keeps an import of a million rows fast. The tag keeps two imports in the same millisecond apart.
 */
export function sequentialIds(now: number): () => string {
  const time = Math.max(0, Math.floor(now)).toString(16).padStart(12, "0").slice(-12);
  const [high, low] = crypto.getRandomValues(new Uint16Array(2));
  const tagA = (high & 0xfff).toString(16).padStart(3, "0");
  const tagB = (0x8000 | (low & 0x3fff)).toString(16);
  let counter = 0;
  return () => {
    counter++;
    return `${time.slice(0, 8)}-${time.slice(8)}-7${tagA}-${tagB}-${counter.toString(16).padStart(12, "0")}`;
  };
}
