/** Base-unit candidates, px at 1x (REFERENCE "Spacing"). */
export const BASE_CANDIDATES = [2, 4, 5, 6, 8, 10, 12, 16] as const;

/** Share of measurements needed for a base to fit. */
export const BASE_FIT = 0.9;

/** Snap tolerance for a base: ±1 px at 1x, and always below base/4 (so 0 for bases 2 and 4). */
export function baseTolerance(base: number): number {
  return Math.min(1, Math.ceil(base / 4) - 1);
}

/** Distance from `px` to the nearest positive multiple of `base`. */
export function offBase(px: number, base: number): number {
  const m = Math.max(1, Math.round(px / base));
  return Math.abs(px - m * base);
}

/**
 * The largest candidate base whose multiples (± tolerance) hold ≥ 90 % of the measurements
 * (weighted by count); null with fewer than 3 measurements or when none fits.
 * `values` are px at 1x with their counts.
 */
export function inferBase(values: { px: number; count: number }[]): number | null {
  const total = values.reduce((n, v) => n + v.count, 0);
  if (total < 3) return null;
  for (const base of [...BASE_CANDIDATES].reverse()) {
    const tol = baseTolerance(base);
    // A base larger than most values is no scale: require one value at ≥ 2× base.
    if (!values.some((v) => v.px >= 2 * base - tol)) continue;
    const fit = values.filter((v) => offBase(v.px, base) <= tol).reduce((n, v) => n + v.count, 0);
    if (fit >= BASE_FIT * total) return base;
  }
  return null;
}
