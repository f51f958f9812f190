import type { IndexedPixels } from "./index-pixels.js";

/** Per-color evidence gathered in pass 2 (outside busy tiles), indexed by color index. */
export interface ColorEvidence {
  /** Pixels counted (outside busy tiles). */
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
  /** Union-find over colors joined by small steps (≤ SMOOTH_STEP per channel) between neighbours. */
  smooth: Int32Array;
}

/** Largest per-channel difference between neighbouring pixels that still counts as a smooth step. */
export const SMOOTH_STEP = 3;

/** Root of color `c` in the smooth-step union-find. */
export function smoothRoot(parent: Int32Array, c: number): number {
  while (parent[c] !== c) {
    parent[c] = parent[parent[c]!]!;
    c = parent[c]!;
  }
  return c;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = smoothRoot(parent, a);
  const rb = smoothRoot(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

function smallStep(a: number, b: number): boolean {
  return (
    Math.abs((a & 255) - (b & 255)) <= SMOOTH_STEP &&
    Math.abs(((a >>> 8) & 255) - ((b >>> 8) & 255)) <= SMOOTH_STEP &&
    Math.abs(((a >>> 16) & 255) - ((b >>> 16) & 255)) <= SMOOTH_STEP
  );
}

/**
 * Pass 2: flatness evidence per color, skipping tiles marked busy (photos, gradients).
 * Integer compares on the index array only; the blend check reads keys just for line pixels.
 */
export function gatherEvidence(p: IndexedPixels, tileMask: Uint8Array): ColorEvidence {
  const { width: w, height: h, idx, tilesX } = p;
  const keys = p.table.keys;
  const k = p.table.size;
  const ev: ColorEvidence = {
    pixels: new Int32Array(k),
    block: new Int32Array(k),
    interior: new Int32Array(k),
    line: new Int32Array(k),
    blendLine: new Int32Array(k),
    maxRun: new Int32Array(k),
    sumX: new Float64Array(k),
    sumY: new Float64Array(k),
    smooth: new Int32Array(k).map((_, i) => i),
  };
  const colColor = new Int32Array(w).fill(-1);
  const colStart = new Int32Array(w);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const tileRow = (y >> 4) * tilesX;
    let runStart = 0;
    for (let x = 0; x < w; x++) {
      const i = row + x;
      const c = idx[i]!;
      // Run bookkeeping (horizontal, vertical) for maxRun.
      if (x > 0 && idx[i - 1] !== c) {
        closeRun(ev.maxRun, idx[i - 1]!, x - runStart);
        runStart = x;
      }
      if (colColor[x] !== c) {
        if (colColor[x]! >= 0) closeRun(ev.maxRun, colColor[x]!, y - colStart[x]!);
        colColor[x] = c;
        colStart[x] = y;
      }
      if (tileMask[tileRow + (x >> 4)]) continue;
      ev.pixels[c]!++;
      ev.sumX[c]! += x;
      ev.sumY[c]! += y;
      const l = x > 0 ? idx[i - 1]! : -1;
      const r = x + 1 < w ? idx[i + 1]! : -1;
      const u = y > 0 ? idx[i - w]! : -1;
      const d = y + 1 < h ? idx[i + w]! : -1;
      if (l >= 0 && l !== c && smallStep(keys[c]!, keys[l]!)) union(ev.smooth, c, l);
      if (u >= 0 && u !== c && smallStep(keys[c]!, keys[u]!)) union(ev.smooth, c, u);
      if (r === c && d === c && idx[i + w + 1] === c) ev.block[c]!++;
      const hm = l === c && r === c;
      const vm = u === c && d === c;
      if (hm && vm) {
        ev.interior[c]!++;
        continue;
      }
      if (!hm && !vm) continue;
      ev.line[c]!++;
      // Across the run: up/down for a horizontal run, left/right for a vertical one.
      const a = hm ? u : l;
      const b = hm ? d : r;
      if (a >= 0 && b >= 0 && a !== b && isBetween(keys[c]!, keys[a]!, keys[b]!)) ev.blendLine[c]!++;
    }
    closeRun(ev.maxRun, idx[row + w - 1]!, w - runStart);
  }
  for (let x = 0; x < w; x++) if (colColor[x]! >= 0) closeRun(ev.maxRun, colColor[x]!, h - colStart[x]!);
  return ev;
}

function closeRun(maxRun: Int32Array, c: number, len: number): void {
  if (len > maxRun[c]!) maxRun[c] = len;
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
