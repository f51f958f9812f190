/** Per-color evidence, indexed by color index (see ColorTable). Arrays grow with the table. */
export interface ColorEvidence {
  /** Pixels of the color anywhere in the frame. */
  total: Int32Array;
  /** Pixels counted outside busy tiles (photos, gradients). */
  pixels: Int32Array;
  /** Top-left pixels of an identical 2×2 block: 2-D flat area. */
  block: Int32Array;
  /** Pixels whose 4 neighbours are identical. */
  interior: Int32Array;
  /** Non-interior pixels in the middle of a straight run of ≥ 3 (glyph stems, 1-px lines). */
  line: Int32Array;
  /** Line pixels whose two neighbours across the run are different colors with this one between them. */
  blendLine: Int32Array;
  /** Longest horizontal or vertical run. */
  maxRun: Int32Array;
  sumX: Float64Array;
  sumY: Float64Array;
  /** Second moments of the pixel positions (spatial spread of a color). */
  sumXX: Float64Array;
  sumYY: Float64Array;
  sumXY: Float64Array;
  /** Pixels inside tiles of smooth regions (shadows, glows) — scanned, but suspect. */
  inSmooth: Int32Array;
  /** Union-find over colors joined by small steps (≤ SMOOTH_STEP per channel) between neighbours. */
  smooth: Int32Array;
}

/** Largest per-channel difference between neighbouring pixels that still counts as a smooth step. */
export const SMOOTH_STEP = 3;

/** Empty evidence with room for `capacity` colors. */
export function createEvidence(capacity: number): ColorEvidence {
  return {
    total: new Int32Array(capacity),
    pixels: new Int32Array(capacity),
    block: new Int32Array(capacity),
    interior: new Int32Array(capacity),
    line: new Int32Array(capacity),
    blendLine: new Int32Array(capacity),
    maxRun: new Int32Array(capacity),
    sumX: new Float64Array(capacity),
    sumY: new Float64Array(capacity),
    sumXX: new Float64Array(capacity),
    sumYY: new Float64Array(capacity),
    sumXY: new Float64Array(capacity),
    inSmooth: new Int32Array(capacity),
    smooth: new Int32Array(capacity).map((_, i) => i),
  };
}

/** Adds the run [x, e) of row y to the position sums of color c. */
export function addRunPosition(ev: ColorEvidence, c: number, x: number, e: number, y: number): void {
  const len = e - x;
  const sx = (len * (x + e - 1)) / 2;
  ev.pixels[c]! += len;
  ev.total[c]! += len;
  ev.sumX[c]! += sx;
  ev.sumY[c]! += len * y;
  ev.sumXX[c]! += squaresBelow(e) - squaresBelow(x); // Σ k² for k = x..e-1
  ev.sumYY[c]! += len * y * y;
  ev.sumXY[c]! += sx * y;
}

/** Σ k² for k = 0..n-1. */
function squaresBelow(n: number): number {
  return ((n - 1) * n * (2 * n - 1)) / 6;
}

/** A copy of `ev` with room for `capacity` colors. */
export function growEvidence(ev: ColorEvidence, capacity: number): ColorEvidence {
  const next = createEvidence(capacity);
  for (const key of Object.keys(ev) as (keyof ColorEvidence)[]) next[key].set(ev[key] as never);
  return next;
}

/** Root of color `c` in the smooth-step union-find. */
export function smoothRoot(parent: Int32Array, c: number): number {
  while (parent[c] !== c) {
    parent[c] = parent[parent[c]!]!;
    c = parent[c]!;
  }
  return c;
}

/** Joins the smooth-step families of `a` and `b`. */
export function smoothUnion(parent: Int32Array, a: number, b: number): void {
  const ra = smoothRoot(parent, a);
  const rb = smoothRoot(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

/** True when two pixel words differ by at most SMOOTH_STEP in every channel. */
export function smallStep(a: number, b: number): boolean {
  return (
    Math.abs((a & 255) - (b & 255)) <= SMOOTH_STEP &&
    Math.abs(((a >>> 8) & 255) - ((b >>> 8) & 255)) <= SMOOTH_STEP &&
    Math.abs(((a >>> 16) & 255) - ((b >>> 16) & 255)) <= SMOOTH_STEP
  );
}

/** True when color `c` lies (per channel, ±1) between `a` and `b`: an antialiasing blend of the two. */
export function isBetween(c: number, a: number, b: number): boolean {
  for (let s = 0; s < 24; s += 8) {
    const cv = (c >>> s) & 255;
    const av = (a >>> s) & 255;
    const bv = (b >>> s) & 255;
    if (cv < Math.min(av, bv) - 1 || cv > Math.max(av, bv) + 1) return false;
  }
  return true;
}
