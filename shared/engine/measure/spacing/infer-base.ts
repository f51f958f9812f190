/** Base-unit candidates, px at 1x (REFERENCE "Spacing"). */
export const BASE_CANDIDATES = [2, 4, 5, 6, 8, 10, 12, 16] as const;

/** Share of measurements a base must hold to fit. */
export const BASE_FIT = 0.85;

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
 * The base unit of measured values (px at 1x with counts): the largest candidate whose multiples
 * (± tolerance) hold ≥ 85 % of the measurements and that fits within 3 points of the best-fitting
 * candidate (so a stray 12 does not make base 12 beat a clean base 4). Base 2 only when nothing
 * larger fits. A base needs one value ≥ 2× itself. Null with < 3 measurements or no fit.
 */
export function inferBase(values: { px: number; count: number }[]): number | null {
  const total = values.reduce((n, v) => n + v.count, 0);
  if (total < 3) return null;
  const fits = new Map<number, number>();
  for (const base of BASE_CANDIDATES) {
    const tol = baseTolerance(base);
    if (!values.some((v) => v.px >= 2 * base - tol)) continue;
    fits.set(base, values.filter((v) => offBase(v.px, base) <= tol).reduce((n, v) => n + v.count, 0) / total);
  }
  const best = Math.max(0, ...[...fits].filter(([b]) => b > 2).map(([, f]) => f));
  for (const base of [...BASE_CANDIDATES].reverse()) {
    const fit = fits.get(base);
    if (fit === undefined || fit < BASE_FIT) continue;
    if (base === 2 || fit >= best - 0.03) return base;
  }
  return null;
}
