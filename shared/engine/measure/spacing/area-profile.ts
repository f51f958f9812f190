import { repeatsAbove } from "./row-repeats.js";
import type { Clip, CutContext } from "./xy-cut.js";

/** Per-row and per-column counts of the pixels of an area that differ from its backdrop. */
export interface AreaProfile {
  rows: Int32Array;
  cols: Int32Array;
  total: number;
}

/**
 * Counts the pixels ≠ `bg` of [x0,x1)×[y0,y1) per row and per column (outside the rounded corners
 * of `clip`). A row equal to the one above on the same columns repeats its counts: its columns are
 * added once per run of equal rows, so flat UI areas cost a look at the row-repeat map, not a pass.
 * Small per-row helpers, so V8 optimises them early (the XY-cut calls this for every node).
 */
export function profileArea(ctx: CutContext, x0: number, y0: number, x1: number, y1: number, bg: number, clip: Clip | null): AreaProfile {
  const rows = new Int32Array(y1 - y0);
  const cols = new Int32Array(x1 - x0);
  const { px, width, repeats } = ctx;
  let total = 0;
  let rep = -1; // first row of the current run of equal rows
  let times = 0;
  let repXa = 0;
  let repXb = 0;
  let repN = 0;
  const corners = clip !== null && clip.r > 0;
  for (let y = y0; y < y1; y++) {
    let xa = x0;
    let xb = x1;
    if (corners && (y < clip.y0 + clip.r || y >= clip.y1 - clip.r)) {
      xa = Math.max(x0, clip.x0 + clip.r);
      xb = Math.min(x1, clip.x1 - clip.r);
    }
    if (rep >= 0 && xa === repXa && xb === repXb && repeatsAbove(repeats, px, width, y, xa, xb)) {
      times++;
      rows[y - y0] = repN;
      total += repN;
      continue;
    }
    if (times > 1) addColumns(px, rep * width, repXa, repXb, bg, cols, x0, times - 1);
    const n = countRow(px, y * width, xa, xb, bg, cols, x0);
    rows[y - y0] = n;
    total += n;
    rep = y;
    times = 1;
    repXa = xa;
    repXb = xb;
    repN = n;
  }
  if (times > 1) addColumns(px, rep * width, repXa, repXb, bg, cols, x0, times - 1);
  return { rows, cols, total };
}

/** Pixels ≠ bg in [xa, xb) of the row starting at `row`; each one also counts into its column. */
function countRow(px: Int32Array, row: number, xa: number, xb: number, bg: number, cols: Int32Array, x0: number): number {
  let n = 0;
  for (let x = xa; x < xb; x++) {
    if (px[row + x] !== bg) {
      n++;
      cols[x - x0]!++;
    }
  }
  return n;
}

/** Adds `times` to the column counts of the pixels ≠ bg of one row segment [xa, xb). */
function addColumns(px: Int32Array, row: number, xa: number, xb: number, bg: number, cols: Int32Array, x0: number, times: number): void {
  for (let x = xa; x < xb; x++) if (px[row + x] !== bg) cols[x - x0]! += times;
}
