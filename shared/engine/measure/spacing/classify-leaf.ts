import type { Block } from "./block.js";
import { group, runs as bandRuns, widen, xyCut, type Clip, type CutContext } from "./xy-cut.js";
import { isShadowOf, softProfile } from "./soft-shadow.js";
import { splitEdges } from "./split-edges.js";
import { NO_COLOR } from "./pixels.js";

/**
 * Color of the middle 30 % of a straight pixel line when ≥ 95 % of it is one color, else NO_COLOR
 * (the middle only, so corner radii up to a third of the side do not spoil it).
 */
function uniformLine(ctx: CutContext, x: number, y: number, dx: number, dy: number, len: number): number {
  const from = Math.floor(len * 0.35);
  const to = Math.max(from + 1, Math.ceil(len * 0.65));
  const { px, width } = ctx;
  const first = px[(y + dy * from) * width + x + dx * from]!;
  let same = 0;
  for (let i = from; i < to; i++) if (px[(y + dy * i) * width + x + dx * i] === first) same++;
  return same >= 0.95 * (to - from) ? first : NO_COLOR;
}

/** Share of the area covered by its most frequent color (sampled). */
function dominantShare(ctx: CutContext, x0: number, y0: number, x1: number, y1: number): number {
  const c = dominant(ctx, x0, y0, x1, y1);
  let n = 0;
  let all = 0;
  const sx = Math.max(1, Math.floor((x1 - x0) / 32));
  const sy = Math.max(1, Math.floor((y1 - y0) / 32));
  for (let y = y0; y < y1; y += sy) {
    for (let x = x0; x < x1; x += sx) {
      all++;
      if (ctx.px[y * ctx.width + x] === c) n++;
    }
  }
  return n / all;
}

/** Most frequent color on a sample grid (≤ 24×24) inside [x0,x1)×[y0,y1). */
function dominant(ctx: CutContext, x0: number, y0: number, x1: number, y1: number): number {
  const counts = new Map<number, number>();
  const sx = Math.max(1, Math.floor((x1 - x0) / 24));
  const sy = Math.max(1, Math.floor((y1 - y0) / 24));
  let best = ctx.px[y0 * ctx.width + x0]!;
  let bestN = 0;
  for (let y = y0 + (sy >> 1); y < y1; y += sy) {
    for (let x = x0 + (sx >> 1); x < x1; x += sx) {
      const c = ctx.px[y * ctx.width + x]!;
      const n = (counts.get(c) ?? 0) + 1;
      counts.set(c, n);
      if (n > bestN) {
        bestN = n;
        best = c;
      }
    }
  }
  return best;
}

/** Most frequent color on the outline of [x0,x1)×[y0,y1). */
function perimeterMode(ctx: CutContext, x0: number, y0: number, x1: number, y1: number): number {
  const counts = new Map<number, number>();
  const bump = (x: number, y: number) => {
    const c = ctx.px[y * ctx.width + x]!;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  };
  for (let x = x0; x < x1; x++) {
    bump(x, y0);
    bump(x, y1 - 1);
  }
  for (let y = y0; y < y1; y++) {
    bump(x0, y);
    bump(x1 - 1, y);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] >>> 0) - (b[0] >>> 0))[0]![0];
}

/** Steps from (x,y) along (dx,dy) while the pixel equals `color`, up to `cap`. */
function walk(ctx: CutContext, x: number, y: number, dx: number, dy: number, color: number, cap: number): number {
  let n = 0;
  while (n < cap && ctx.px[(y + dy * n) * ctx.width + x + dx * n] === color) n++;
  return n;
}

/**
 * Classifies an area the XY-cut could not split. A box has four uniform edges (middle halves);
 * its fill is the dominant interior color and any edge of another color is a border (≤ 4 px at 1x).
 * Otherwise dense areas are shapes (circles, pills, photos, gradients) and sparse ones text.
 */
export function classifyLeaf(ctx: CutContext, x0: number, y0: number, x1: number, y1: number, bg: number, fg: number, depth: number, clip: Clip | null = null, tried: number[] = []): Block {
  const w = x1 - x0;
  const h = y1 - y0;
  const u = ctx.unit;
  const big = Math.max(w, h);
  const small = Math.min(w, h);
  const leaf = (kind: Block["kind"]): Block => ({ kind, x0, y0, x1, y1, children: [] });
  // Shapes: a solid color covers most of the area (dots, circles, pills), or a large dense area
  // (photo, gradient). Glyphs are smaller and hollow, with antialiased halos.
  const notBox = (): Block => {
    if (small < 6 * u) return leaf("text");
    // A large area that is neither box nor cuttable (an L-shaped layout: rail + top bar) may
    // hold a layout on another backdrop: cut again on its dominant, then its perimeter color.
    // Drop-shadow tails may bridge the gaps between boxes: cut again ignoring faint (≤ 6 %)
    // shadow tints of the backdrop (light gray borders are darker than that).
    if (small >= 32 * u && haloHint(ctx, x0, y0, x1, y1, bg)) {
      const soft = softProfile(ctx, x0, y0, x1, y1, bg, 0.06);
      const sy = bandRuns(soft.rows, 0, h);
      if (sy.length > 1) return group(ctx, "y", widen(sy, y0, y1).map(([s, e]) => [x0, s, x1, e]), bg, clip, depth) ?? leaf("text");
      const sx = bandRuns(soft.cols, 0, w);
      if (sx.length > 1) return group(ctx, "x", widen(sx, x0, x1).map(([s, e]) => [s, y0, e, y1]), bg, clip, depth) ?? leaf("text");
    }
    if (small >= 48 * u && depth < 30 && tried.length === 0) {
      for (const c of [dominant(ctx, x0, y0, x1, y1), perimeterMode(ctx, x0, y0, x1, y1)]) {
        if (c === bg || tried.includes(c)) continue;
        const inner = xyCut(ctx, x0, y0, x1, y1, c, clip, depth + 1, [...tried, bg]);
        if (inner && inner.kind !== "text") return inner;
      }
      // Still stuck: split at straight edges that span the whole area.
      const edges = splitEdges(ctx, x0, y0, x1, y1);
      if (edges) {
        const cuts = [edges.axis === "x" ? x0 : y0, ...edges.at, edges.axis === "x" ? x1 : y1];
        const rects: number[][] = [];
        for (let i = 1; i < cuts.length; i++) rects.push(edges.axis === "x" ? [cuts[i - 1]!, y0, cuts[i]!, y1] : [x0, cuts[i - 1]!, x1, cuts[i]!]);
        const split = group(ctx, edges.axis, rects, bg, clip, depth);
        if (split) return split;
      }
    }
    if (small >= 24 * u && fg >= 0.9 * w * h) return leaf("shape");
    return leaf(dominantShare(ctx, x0, y0, x1, y1) >= 0.6 ? "shape" : "text");
  };
  const isLine = small <= 4 * u && big >= 16 * u && big >= 8 * small;
  if (!isLine && (small < 6 * u || big < 8 * u)) return notBox();

  const top = uniformLine(ctx, x0, y0, 1, 0, w);
  const bottom = uniformLine(ctx, x0, y1 - 1, 1, 0, w);
  const left = uniformLine(ctx, x0, y0, 0, 1, h);
  const right = uniformLine(ctx, x1 - 1, y0, 0, 1, h);
  const sides = [top, right, bottom, left];
  // A drop-shadow halo (a gradient of backdrop tints around a box): trim it, classify the box.
  if (small >= 16 * u && haloHint(ctx, x0, y0, x1, y1, bg)) {
    const t = softTrim(ctx, x0, y0, x1, y1, bg);
    if (t === "several") return notBox();
    if (t) return classifyLeaf(ctx, t[0], t[1], t[2], t[3], bg, fg, depth, clip, tried);
  }
  if (sides.includes(NO_COLOR) || sides.every((c) => c === bg)) return notBox();

  // Walk inward from each side's middle: a thin run (≤ 4 px at 1x) of a color other than the
  // fill is a border; the fill is the color of the thick sides, or, when every side is thin and
  // alike (a full border), the color just inside it.
  const cap = Math.min(4 * u, Math.floor(small / 2));
  const mx = x0 + (w >> 1);
  const my = y0 + (h >> 1);
  const starts: [number, number, number, number][] = [[mx, y0, 0, 1], [x1 - 1, my, -1, 0], [mx, y1 - 1, 0, -1], [x0, my, 1, 0]];
  const runs = starts.map(([sx, sy, dx, dy], i) => walk(ctx, sx, sy, dx, dy, sides[i]!, cap + 1));
  const inside = starts.map(([sx, sy, dx, dy], i) => ctx.px[(sy + dy * runs[i]!) * ctx.width + sx + dx * runs[i]!]!);
  const thick = [0, 1, 2, 3].filter((i) => runs[i]! > cap);
  let fill: number;
  if (thick.length) {
    fill = sides[thick[0]!]!;
    // Two thick sides of different colors: a two-tone area, not one box.
    if (thick.some((i) => sides[i] !== fill)) return notBox();
  } else {
    if (!sides.every((c) => c === top)) return notBox();
    const votes = new Map<number, number>();
    for (const c of inside) votes.set(c, (votes.get(c) ?? 0) + 1);
    const [best, n] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
    if (n < 3 || best === top) return notBox();
    fill = best;
  }
  const borders: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) if (sides[i] !== fill) borders[i] = runs[i]!;
  if (fill === bg && borders.every((b) => b === 0)) return leaf("text");

  // Corner radius: how far the top row / left column run before reaching the edge color.
  const r = Math.max(walkNot(ctx, x0, y0, 1, 0, top, w >> 1), walkNot(ctx, x0, y0, 0, 1, left, h >> 1));
  const [bt, br, bb, bl] = borders;
  const inner = xyCut(ctx, x0 + bl, y0 + bt, x1 - br, y1 - bb, fill, r > 0 ? { x0, y0, x1, y1, r: r + Math.max(...borders) } : null, depth + 1);
  return { kind: "box", x0, y0, x1, y1, children: inner ? [inner] : [], borders };
}

function walkNot(ctx: CutContext, x: number, y: number, dx: number, dy: number, color: number, cap: number): number {
  let n = 0;
  while (n < cap && ctx.px[(y + dy * n) * ctx.width + x + dx * n] !== color) n++;
  return n;
}

/**
 * Bounds of the non-shadow pixels (backdrop tints up to 30 % darker) when a halo was trimmed that is
 * at least 3 px (1x) wide on some side and is a gradient there (≥ 3 distinct colors along the middle
 * of that side) — a flat gray border of any width is not a halo. "several" when the non-shadow
 * pixels fall apart into several boxes (their halos touch). Else null.
 */
function softTrim(ctx: CutContext, x0: number, y0: number, x1: number, y1: number, bg: number): [number, number, number, number] | "several" | null {
  const { rows, cols, total } = softProfile(ctx, x0, y0, x1, y1, bg, 0.3);
  if (total === 0) return null;
  let a = 0;
  while (cols[a] === 0) a++;
  let b = cols.length;
  while (cols[b - 1] === 0) b--;
  let c = 0;
  while (rows[c] === 0) c++;
  let d = rows.length;
  while (rows[d - 1] === 0) d--;
  const trims = [c, cols.length - b, rows.length - d, a];
  const widest = trims.indexOf(Math.max(...trims));
  const span = trims[widest]!;
  if (span < 3 * ctx.unit) return null;
  const mx = x0 + ((x1 - x0) >> 1);
  const my = y0 + ((y1 - y0) >> 1);
  const starts: [number, number, number, number][] = [[mx, y0, 0, 1], [x1 - 1, my, -1, 0], [mx, y1 - 1, 0, -1], [x0, my, 1, 0]];
  const [sx, sy, dx, dy] = starts[widest]!;
  const colors = new Set<number>();
  for (let i = 0; i < span; i++) colors.add(ctx.px[(sy + dy * i) * ctx.width + sx + dx * i]!);
  if (colors.size < 3) return null;
  // Several boxes whose halos touch: not one halo'd box (the soft cut in notBox splits them).
  if (bandRuns(cols, a, b).length > 1 || bandRuns(rows, c, d).length > 1) return "several";
  return [x0 + a, y0 + c, x0 + b, y0 + d];
}

/**
 * Cheap precheck for softTrim: walking inward from the middle of some side, the first pixels are
 * backdrop tints of at least 3 different colors (a shadow gradient, not a flat border).
 */
function haloHint(ctx: CutContext, x0: number, y0: number, x1: number, y1: number, bg: number): boolean {
  const mx = x0 + ((x1 - x0) >> 1);
  const my = y0 + ((y1 - y0) >> 1);
  const starts: [number, number, number, number][] = [[mx, y0, 0, 1], [x1 - 1, my, -1, 0], [mx, y1 - 1, 0, -1], [x0, my, 1, 0]];
  const cap = Math.min(24 * ctx.unit, (Math.min(x1 - x0, y1 - y0) >> 1) - 1);
  return starts.some(([sx, sy, dx, dy]) => {
    const colors = new Set<number>();
    for (let i = 0; i < cap; i++) {
      const p = ctx.px[(sy + dy * i) * ctx.width + sx + dx * i]!;
      if (p === bg || !isShadowOf(p, bg, 0.3)) break;
      colors.add(p);
    }
    return colors.size >= 3;
  });
}
