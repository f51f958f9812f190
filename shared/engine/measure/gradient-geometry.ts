import type { MeasuredGradient } from "../types.js";

/** RGB of a `#rrggbb`. */
export function hexRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [v >> 16, (v >> 8) & 255, v & 255];
}

/** Distance (8-bit euclidean) from a color to the polyline through a gradient's stops. */
export function distanceToStops(rgb: readonly [number, number, number], g: MeasuredGradient): number {
  let best = Infinity;
  for (let i = 0; i + 1 < g.stops.length; i++) {
    const p = hexRgb(g.stops[i]!.hex);
    const q = hexRgb(g.stops[i + 1]!.hex);
    const d = [q[0] - p[0], q[1] - p[1], q[2] - p[2]] as const;
    const len2 = d[0] ** 2 + d[1] ** 2 + d[2] ** 2 || 1;
    const t = Math.max(0, Math.min(1, ((rgb[0] - p[0]) * d[0] + (rgb[1] - p[1]) * d[1] + (rgb[2] - p[2]) * d[2]) / len2));
    best = Math.min(best, Math.hypot(rgb[0] - p[0] - t * d[0], rgb[1] - p[1] - t * d[1], rgb[2] - p[2] - t * d[2]));
  }
  return best;
}

/** True when every stop of `b` lies within `tolerance` of `a`'s stop polyline (b is part of a). */
export function gradientWithin(b: MeasuredGradient, a: MeasuredGradient, tolerance = 16): boolean {
  return b.stops.every((s) => distanceToStops(hexRgb(s.hex), a) <= tolerance);
}

/** Color span of a gradient: distance between its first and last stop. */
export function gradientSpan(g: MeasuredGradient): number {
  const a = hexRgb(g.stops[0]!.hex);
  const b = hexRgb(g.stops[g.stops.length - 1]!.hex);
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
