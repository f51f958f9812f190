import type { SpacingContext } from "../../../contract/tokens.js";
import { visibleEdge, type Block, type Side } from "./block.js";

/** One distance between visible edges, in device px. */
export interface RawGap {
  px: number;
  context: SpacingContext;
}

const SIDES: [Side, 1 | -1][] = [["y0", 1], ["x1", -1], ["y1", -1], ["x0", 1]];

/**
 * Walks the layout tree and lists distances whose both ends are visible edges:
 * `gap` between consecutive siblings, `padding` from a box's outer edge to what it holds,
 * `inset` from the frame edge to top-level content. Text edges never count.
 */
export function collectGaps(root: Block, width: number, height: number): RawGap[] {
  const out: RawGap[] = [];
  const frame = { x0: 0, y0: 0, x1: width, y1: height };
  for (const [side, dir] of SIDES) {
    const d = (root[side] - frame[side]) * dir;
    if (d > 0 && visibleEdge(root, side)) out.push({ px: d, context: "inset" });
  }
  // Frame padding of each top-level band: a row of the frame inset from its side edges.
  if (root.kind === "group") {
    const across: [Side, 1 | -1][] = root.axis === "y" ? [["x0", 1], ["x1", -1]] : [["y0", 1], ["y1", -1]];
    for (const band of root.children) {
      for (const [side, dir] of across) {
        const d = (band[side] - frame[side]) * dir;
        if (d > 0 && band[side] !== root[side] && visibleEdge(band, side)) out.push({ px: d, context: "inset" });
      }
    }
  }
  visit(root, out);
  return out;
}

function visit(b: Block, out: RawGap[]): void {
  if (b.kind === "group") {
    const [near, far]: [Side, Side] = b.axis === "y" ? ["y0", "y1"] : ["x0", "x1"];
    for (let i = 1; i < b.children.length; i++) {
      const a = b.children[i - 1]!;
      const c = b.children[i]!;
      const d = c[near] - a[far];
      if (d > 0 && visibleEdge(a, far) && visibleEdge(c, near)) out.push({ px: d, context: "gap" });
    }
  } else if (b.kind === "box" && b.children.length) {
    const inner = b.children[0]!;
    const d = SIDES.map(([side, dir], i) => {
      const v = (inner[side] - b[side]) * dir;
      // Touching the border (or the edge) is no padding; text edges never measure.
      return v > (b.borders?.[i] ?? 0) && visibleEdge(inner, side) ? v : 0;
    });
    const [t, r, bt, l] = d as [number, number, number, number];
    // Centering slack: in a row, equal top/bottom offsets larger than the row's own padding come
    // from taller (text) content or alignment, not from the scale; likewise left/right in a column.
    const slackY = inner.axis === "x" && t && bt && Math.abs(t - bt) <= 2 && Math.min(t, bt) > Math.max(l, r) + 1 && (l || r);
    const slackX = inner.axis === "y" && l && r && Math.abs(l - r) <= 2 && Math.min(l, r) > Math.max(t, bt) + 1 && (t || bt);
    d.forEach((v, i) => {
      const vertical = i === 0 || i === 2;
      if (v && !(vertical ? slackY : slackX)) out.push({ px: v, context: "padding" });
    });
  }
  for (const c of b.children) visit(c, out);
}

/** Edge coordinates (not on the frame border) and border widths of boxes: evidence for the export scale. */
export function collectEdges(root: Block, width: number, height: number): { edges: number[]; borders: number[] } {
  const edges: number[] = [];
  const borders: number[] = [];
  const stack = [root];
  while (stack.length) {
    const b = stack.pop()!;
    if (b.kind === "box") {
      if (b.x0 > 0) edges.push(b.x0);
      if (b.y0 > 0) edges.push(b.y0);
      if (b.x1 < width) edges.push(b.x1);
      if (b.y1 < height) edges.push(b.y1);
      for (const w of b.borders ?? []) if (w > 0) borders.push(w);
    }
    stack.push(...b.children);
  }
  return { edges, borders };
}
