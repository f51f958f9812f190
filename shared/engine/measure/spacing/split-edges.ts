import { repeatsAbove } from "./row-repeats.js";
import type { CutContext } from "./xy-cut.js";

/** Adds `times` to colEdges[x − x0] where pixel x − 1 ≠ pixel x of the row segment [x0, x1). */
function addColumnEdges(px: Int32Array, row: number, x0: number, x1: number, colEdges: Int32Array, times: number): void {
  for (let x = x0 + 1; x < x1; x++) if (px[row + x] !== px[row + x - 1]) colEdges[x - x0]! += times;
}

/** Pixels of [x0, x1) of the row starting at `row` that differ from the row above. */
function rowDiffs(px: Int32Array, row: number, width: number, x0: number, x1: number): number {
  let n = 0;
  for (let x = x0; x < x1; x++) if (px[row + x] !== px[row - width + x]) n++;
  return n;
}

/** At most this many full-span edges: more means texture (photo, gradient), not layout. */
const MAX_EDGES = 6;

/**
 * Positions (device px) of straight color edges that span the whole area, for areas the
 * XY-cut cannot split because regions of different colors touch (an L-shaped rail + top bar).
 * A vertical edge at x: pixel x-1 differs from pixel x on ≥ 98 % of rows. Returns the edges of
 * one axis (vertical first), or null when there are none or too many.
 */
export function splitEdges(ctx: CutContext, x0: number, y0: number, x1: number, y1: number): { axis: "x" | "y"; at: number[] } | null {
  const { px, width } = ctx;
  const w = x1 - x0;
  const h = y1 - y0;
  const colEdges = new Int32Array(w);
  const rowEdges = new Int32Array(h);
  // A row equal to the one above has no horizontal edge and the same vertical ones: its column
  // edges are added once per run of equal rows (`times`), from the run's first row `rep`.
  let rep = y0;
  let times = 0;
  for (let y = y0; y < y1; y++) {
    if (y > y0 && repeatsAbove(ctx.repeats, px, width, y, x0, x1)) {
      times++;
      continue;
    }
    if (times > 0) addColumnEdges(px, rep * width, x0, x1, colEdges, times);
    if (y > y0) rowEdges[y - y0] = rowDiffs(px, y * width, width, x0, x1);
    rep = y;
    times = 1;
  }
  if (times > 0) addColumnEdges(px, rep * width, x0, x1, colEdges, times);
  const margin = 2 * ctx.unit;
  const pick = (counts: Int32Array, span: number): number[] | null => {
    const at: number[] = [];
    for (let i = margin; i < counts.length - margin; i++) if (counts[i]! >= 0.98 * span) at.push(i);
    return at.length && at.length <= MAX_EDGES ? at : null;
  };
  const xs = pick(colEdges, h);
  if (xs) return { axis: "x", at: xs.map((i) => x0 + i) };
  const ys = pick(rowEdges, w);
  if (ys) return { axis: "y", at: ys.map((i) => y0 + i) };
  return null;
}
