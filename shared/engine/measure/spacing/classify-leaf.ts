import type { Block } from "./block.js";
import { xyCut, type CutContext } from "./xy-cut.js";

/** Color of the middle half of a straight pixel line when ≥ 95 % of it is one color, else -1. */
function uniformLine(ctx: CutContext, x: number, y: number, dx: number, dy: number, len: number): number {
  const from = Math.floor(len / 4);
  const to = Math.max(from + 1, len - Math.floor(len / 4));
  const { px, width } = ctx;
  const first = px[(y + dy * from) * width + x + dx * from]!;
  let same = 0;
  for (let i = from; i < to; i++) if (px[(y + dy * i) * width + x + dx * i] === first) same++;
  return same >= 0.95 * (to - from) ? first : -1;
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
export function classifyLeaf(ctx: CutContext, x0: number, y0: number, x1: number, y1: number, bg: number, fg: number, depth: number): Block {
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
  if (sides.includes(-1) || sides.every((c) => c === bg)) return notBox();

  const inset = Math.min(4 * u, Math.floor(w / 4), Math.floor(h / 4));
  const fill = dominant(ctx, x0 + inset, y0 + inset, x1 - inset, y1 - inset) >>> 0;
  const cap = Math.min(4 * u, Math.floor(small / 2));
  const mx = x0 + (w >> 1);
  const my = y0 + (h >> 1);
  const borders: [number, number, number, number] = [0, 0, 0, 0];
  const starts: [number, number, number, number][] = [[mx, y0, 0, 1], [x1 - 1, my, -1, 0], [mx, y1 - 1, 0, -1], [x0, my, 1, 0]];
  for (let i = 0; i < 4; i++) {
    if (sides[i] === fill) continue;
    const [sx, sy, dx, dy] = starts[i]!;
    const bw = walk(ctx, sx, sy, dx, dy, sides[i]!, cap + 1);
    // A thick edge of another color is not a border: two-tone area, treat as a shape.
    if (bw > cap || bw === 0) return notBox();
    borders[i] = bw;
  }
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
