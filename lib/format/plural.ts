/**
 * "1 prediction", "2 predictions": a count with its noun in the right number. English plurals
 * that do not just add "s" are passed in (`countOf(n, "analysis", "analyses")`).
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? singular : plural}`;
}
