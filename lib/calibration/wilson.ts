/** SPEC §5's z for a 95% interval. */
export const Z95 = 1.959964;

/**
 * The Wilson score interval for a proportion of `successes` out of `n` (SPEC §5), as fractions.
 * Unlike p̂ ± z·se it stays inside [0, 1] and is not empty at p̂ = 0 or 1; null when n = 0.
 */
export function wilsonInterval(successes: number, n: number, z = Z95): { low: number; high: number } | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
