import type { Block } from "./block.js";
import { classifyLeaf } from "./classify-leaf.js";
import type { RowRepeats } from "./row-repeats.js";
import { profileArea } from "./area-profile.js";

/** Pixels as packed RGBA (one Int32 per pixel, platform byte order), plus analysis settings. */
export interface CutContext {
  px: Int32Array;
  width: number;
  height: number;
  /** Device px per 1x px, used for size thresholds (given scale, else 1). */
  unit: number;
  /** Remaining node budget: bounds work on pathological images. */
  budget: number;
  /** Which row segments repeat the row above (lets passes skip repeated rows). */
  repeats: RowRepeats;
}

/** Rounded corners of the enclosing box: pixels in its r×r corner squares are ignored. */
export interface Clip {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  r: number;
}

const MAX_DEPTH = 40;

/** Soft bands (offsets from `from`) widened to split their gaps at the middle, so each keeps its halo. */
export function widen(bands: [number, number][], from: number, to: number): [number, number][] {
  return bands.map(([s, e], i) => [
    i === 0 ? from : from + ((bands[i - 1]![1] + s) >> 1),
    i === bands.length - 1 ? to : from + ((e + bands[i + 1]![0]) >> 1),
  ]);
}

/** Maximal runs of non-zero entries of `profile` within [from, to). */
export function runs(profile: Int32Array, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    if (profile[i] !== 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, to]);
  return out;
}

/**
 * Recursive XY-cut (Nagy & Seth 1984) of [x0,x1)×[y0,y1) against backdrop color `bg`:
 * pixels ≠ bg are foreground; empty rows split the area into bands (axis "y"), else empty
 * columns do (axis "x"); an area that cannot be cut is a leaf, classified as box / shape / text
 * (boxes recurse into their interior with their own fill as the new backdrop).
 * One pass over the area's pixels per level. Returns null when the area is all backdrop.
 */
export function xyCut(ctx: CutContext, x0: number, y0: number, x1: number, y1: number, bg: number, clip: Clip | null, depth = 0, tried: number[] = []): Block | null {
  if (x1 <= x0 || y1 <= y0 || ctx.budget <= 0) return null;
  ctx.budget--;
  const w = x1 - x0;
  const h = y1 - y0;
  const { rows, cols, total } = profileArea(ctx, x0, y0, x1, y1, bg, clip);
  if (total === 0) return null;
  let ty0 = 0;
  while (rows[ty0] === 0) ty0++;
  let ty1 = h;
  while (rows[ty1 - 1] === 0) ty1--;
  let tx0 = 0;
  while (cols[tx0] === 0) tx0++;
  let tx1 = w;
  while (cols[tx1 - 1] === 0) tx1--;
  const bx0 = x0 + tx0;
  const bx1 = x0 + tx1;
  const by0 = y0 + ty0;
  const by1 = y0 + ty1;
  if (depth < MAX_DEPTH) {
    const bandsY = runs(rows, ty0, ty1);
    if (bandsY.length > 1) return group(ctx, "y", bandsY.map(([s, e]) => [bx0, y0 + s, bx1, y0 + e]), bg, clip, depth);
    const bandsX = runs(cols, tx0, tx1);
    if (bandsX.length > 1) return group(ctx, "x", bandsX.map(([s, e]) => [x0 + s, by0, x0 + e, by1]), bg, clip, depth);
  }
  return classifyLeaf(ctx, bx0, by0, bx1, by1, bg, total, depth, clip, tried);
}

/** XY-cuts each rect (siblings along `axis`) and wraps the non-empty results in a group. */
export function group(ctx: CutContext, axis: "x" | "y", rects: number[][], bg: number, clip: Clip | null, depth: number): Block | null {
  const children: Block[] = [];
  for (const [a, b, c, d] of rects) {
    const child = xyCut(ctx, a!, b!, c!, d!, bg, clip, depth + 1);
    if (child) children.push(child);
  }
  if (children.length === 0) return null;
  if (children.length === 1) return children[0]!;
  demoteGlyphs(children, axis, ctx.unit);
  return {
    // A group of nothing but text is text (a word, a line, a paragraph).
    kind: children.every((c) => c.kind === "text") ? "text" : "group",
    axis,
    x0: Math.min(...children.map((c) => c.x0)),
    y0: Math.min(...children.map((c) => c.y0)),
    x1: Math.max(...children.map((c) => c.x1)),
    y1: Math.max(...children.map((c) => c.y1)),
    children: children.every((c) => c.kind === "text") ? [] : children,
  };
}

/**
 * Glyph-sized boxes and shapes (bold letters, digits, icons) that sit within 6 px (1x) of text
 * along the group's axis are text too: repeated until stable, so a run of such glyphs turns
 * into text together. Real boxes beside text (checkboxes, dots) keep a larger gap.
 */
function demoteGlyphs(children: Block[], axis: "x" | "y", unit: number): void {
  const near = 6 * unit;
  const small = 24 * unit;
  const gap = (a: Block, b: Block) => (axis === "x" ? b.x0 - a.x1 : b.y0 - a.y1);
  const thin = (b: Block) => (axis === "x" ? b.y1 - b.y0 : b.x1 - b.x0) <= small && (axis === "x" ? b.x1 - b.x0 : b.y1 - b.y0) <= small;
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if ((c.kind !== "box" && c.kind !== "shape") || !thin(c)) continue;
      const prev = children[i - 1];
      const next = children[i + 1];
      if ((prev && prev.kind === "text" && gap(prev, c) <= near) || (next && next.kind === "text" && gap(c, next) <= near)) {
        children[i] = { ...c, kind: "text", children: [] };
        changed = true;
      }
    }
  }
}
