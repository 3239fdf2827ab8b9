/** The middle value; for an even count the mean of the two middle values (SPEC §5). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of an empty list: there is no middle value");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
