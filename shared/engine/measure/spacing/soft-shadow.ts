import type { CutContext } from "./xy-cut.js";

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * True when pixel `p` is a drop-shadow tint of backdrop `bg`: every channel darkened by the same
 * fraction (±4 %), at most `max` (0..1). Near-white boxes look the same, so this test is only a fallback
 * for areas the exact test cannot cut, and for trimming a soft halo off a box.
 */
export function isShadowOf(p: number, bg: number, max: number): boolean {
  if (p === bg) return true;
  let lo = 1;
  let hi = 0;
  for (let shift = 0; shift < 24; shift += 8) {
    const s = LITTLE_ENDIAN ? shift : 24 - shift;
    const pc = (p >>> s) & 255;
    const bc = (bg >>> s) & 255;
    if (pc > bc + 1) return false;
    const f = bc === 0 ? 0 : (bc - pc) / bc;
    if (f < lo) lo = f;
    if (f > hi) hi = f;
  }
  return hi <= max && hi - lo <= 0.04;
}

/** Row and column counts of pixels that are neither backdrop nor its shadow, over a rect. */
export function softProfile(ctx: CutContext, x0: number, y0: number, x1: number, y1: number, bg: number, max: number): { rows: Int32Array; cols: Int32Array; total: number } {
  const rows = new Int32Array(y1 - y0);
  const cols = new Int32Array(x1 - x0);
  let total = 0;
  // UI images repeat few colors: decide each color once.
  const soft = new Map<number, boolean>();
  for (let y = y0; y < y1; y++) {
    const row = y * ctx.width;
    let n = 0;
    for (let x = x0; x < x1; x++) {
      const p = ctx.px[row + x]!;
      if (p === bg) continue;
      let isSoft = soft.get(p);
      if (isSoft === undefined) {
        isSoft = isShadowOf(p, bg, max);
        soft.set(p, isSoft);
      }
      if (!isSoft) {
        n++;
        cols[x - x0]++;
      }
    }
    rows[y - y0] = n;
    total += n;
  }
  return { rows, cols, total };
}
