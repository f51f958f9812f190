/** Max distance (8-bit RGB units) of a color from the segment a–b to count as their blend. */
export const BLEND_RESIDUAL = 2.5;

/**
 * True when `c` is a mix of `a` and `b` (0.03 < t < 0.97) within BLEND_RESIDUAL — what
 * antialiasing between two kept colors produces (`minT`/`maxT` bound the mix). Keys are `b << 16 | g << 8 | r`.
 */
export function isBlendOf(c: number, a: number, b: number, minT = 0.03, maxT = 0.97): boolean {
  const cr = c & 255, cg = (c >>> 8) & 255, cb = (c >>> 16) & 255;
  const ar = a & 255, ag = (a >>> 8) & 255, ab = (a >>> 16) & 255;
  const dr = (b & 255) - ar, dg = ((b >>> 8) & 255) - ag, db = ((b >>> 16) & 255) - ab;
  const len2 = dr * dr + dg * dg + db * db;
  if (len2 === 0) return false;
  const t = ((cr - ar) * dr + (cg - ag) * dg + (cb - ab) * db) / len2;
  if (t <= minT || t >= maxT) return false;
  const er = cr - (ar + t * dr), eg = cg - (ag + t * dg), eb = cb - (ab + t * db);
  return er * er + eg * eg + eb * eb <= BLEND_RESIDUAL * BLEND_RESIDUAL;
}
